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
        if (await db.HasProcessedAsync(notification, HandlerName, cancellationToken))
        {
            return;
        }

        var seller = await db.Sellers.FindAsync([notification.VendorId], cancellationToken);
        if (seller is not null)
        {
            seller.Rename(notification.Name, notification.Slug, notification.Province);
            await db.CopyOntoProductsAsync(seller, cancellationToken);
        }
        db.MarkProcessed(notification, HandlerName, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
