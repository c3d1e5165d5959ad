using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Outbox;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Catalog.Features.DeactivateSuspendedSeller;

/// <summary>A suspended cooperative's products leave the public catalog.</summary>
internal sealed class DeactivateSuspendedSellerHandler(CatalogDbContext db, TimeProvider clock)
    : INotificationHandler<VendorSuspendedIntegrationEvent>
{
    private const string HandlerName = "catalog.deactivate-suspended-seller";

    public async ValueTask Handle(VendorSuspendedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(notification, HandlerName, clock, async () =>
        {
            var seller = await db.Sellers.FindAsync([notification.CooperativeId], cancellationToken);
            if (seller is not null)
            {
                seller.Deactivate();
                await db.CopyOntoProductsAsync(seller, cancellationToken);
            }
        }, cancellationToken);
    }
}
