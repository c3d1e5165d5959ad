using Marketplace.Catalog.Data;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Outbox;
using Mediator;

namespace Marketplace.Catalog.Features.PauseIndebtedSeller;

/// <summary>
/// A cooperative that has not paid what it owes past its grace period sells nothing new until it
/// pays: its products leave the public catalog and checkout, and come back when the debt is
/// settled. Orders already placed are fulfilled as usual (Ordering is not told).
/// </summary>
internal sealed class PauseIndebtedSellerHandler(CatalogDbContext db, TimeProvider clock)
    : INotificationHandler<CooperativeDebtIntegrationEvent>
{
    private const string HandlerName = "catalog.pause-indebted-seller";

    public async ValueTask Handle(CooperativeDebtIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (notification.Notice is not (DebtNotice.SalesPaused or DebtNotice.Settled))
        {
            return;
        }

        await db.HandleOnceAsync(notification, HandlerName, clock, async () =>
        {
            var seller = await db.Sellers.FindAsync([notification.CooperativeId], cancellationToken);
            if (seller is not null && seller.PausedForDebt != (notification.Notice == DebtNotice.SalesPaused))
            {
                seller.PauseForDebt(notification.Notice == DebtNotice.SalesPaused);
                await db.CopyOntoProductsAsync(seller, cancellationToken);
            }
        }, cancellationToken);
    }
}
