using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Outbox;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Catalog.Features.RecordApprovedSeller;

/// <summary>An approved (or reinstated) cooperative becomes a seller whose products the catalog shows.</summary>
internal sealed class RecordApprovedSellerHandler(CatalogDbContext db, TimeProvider clock)
    : INotificationHandler<VendorApprovedIntegrationEvent>
{
    private const string HandlerName = "catalog.record-approved-seller";

    public async ValueTask Handle(VendorApprovedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(notification, HandlerName, clock, async () =>
        {
            var seller = await db.Sellers.FindAsync([notification.CooperativeId], cancellationToken);
            if (seller is null)
            {
                seller = new Seller(notification.CooperativeId, notification.Name, notification.Slug, notification.Province, notification.OccurredAt);
                db.Sellers.Add(seller);
            }
            else
            {
                seller.Activate(notification.Name, notification.Slug, notification.Province, notification.OccurredAt);
            }

            await db.CopyOntoProductsAsync(seller, cancellationToken);
        }, cancellationToken);
    }
}
