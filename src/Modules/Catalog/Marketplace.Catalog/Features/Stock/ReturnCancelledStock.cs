using Marketplace.Catalog.Data;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Outbox;
using Mediator;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>
/// A cancelled order part's stock goes back on sale. The release and the record that this
/// notification was handled are saved in one transaction, so a second delivery gives nothing twice.
/// </summary>
internal sealed class ReturnCancelledStockHandler(CatalogDbContext db, TimeProvider clock) : INotificationHandler<OrderCancelledIntegrationEvent>
{
    private const string HandlerName = "catalog.return-cancelled-stock";

    public async ValueTask Handle(OrderCancelledIntegrationEvent notification, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.HandleOnceAsync(notification, HandlerName, clock, async () =>
        {
            await db.ReturnStockAsync(notification.Lines.Select(l => (l.VariantId, l.Quantity)), cancellationToken);
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
