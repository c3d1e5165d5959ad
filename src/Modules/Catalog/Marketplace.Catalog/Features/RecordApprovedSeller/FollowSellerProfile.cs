using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Outbox;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Catalog.Features.RecordApprovedSeller;

/// <summary>A storefront was renamed or moved: the catalog's copy of its seller follows, active or not.</summary>
internal sealed class FollowSellerProfileHandler(CatalogDbContext db, TimeProvider clock)
    : INotificationHandler<VendorProfileChangedIntegrationEvent>
{
    private const string HandlerName = "catalog.follow-seller-profile";

    public async ValueTask Handle(VendorProfileChangedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(notification, HandlerName, clock, async () =>
        {
            var seller = await db.Sellers.FindAsync([notification.CooperativeId], cancellationToken);
            if (seller is not null)
            {
                seller.Rename(notification.Name, notification.Slug, notification.Province);
                await db.CopyOntoProductsAsync(seller, cancellationToken);
            }
        }, cancellationToken);
    }
}
