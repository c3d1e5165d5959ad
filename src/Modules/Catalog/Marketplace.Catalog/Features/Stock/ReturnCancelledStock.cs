using Marketplace.Catalog.Data;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Mediator;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>
/// A cancelled order part's stock goes back on sale, and so does a shipped one's that came back
/// unsold (its parcel was never opened), and goods a shopper sent back that its cooperative took
/// back fit to sell. The release and the record that this notification was
/// handled are saved in one transaction, so a second delivery gives nothing twice.
/// </summary>
internal sealed class ReturnCancelledStockHandler(CatalogDbContext db, TimeProvider clock)
    : INotificationHandler<OrderCancelledIntegrationEvent>,
      INotificationHandler<OrderPartReturnedIntegrationEvent>,
      INotificationHandler<ReturnAgreedIntegrationEvent>
{
    public ValueTask Handle(OrderCancelledIntegrationEvent notification, CancellationToken cancellationToken) =>
        ReturnAsync(notification, "catalog.return-cancelled-stock", notification.Lines, cancellationToken);

    public ValueTask Handle(OrderPartReturnedIntegrationEvent notification, CancellationToken cancellationToken) =>
        ReturnAsync(notification, "catalog.return-returned-stock", notification.Lines, cancellationToken);

    public ValueTask Handle(ReturnAgreedIntegrationEvent notification, CancellationToken cancellationToken) =>
        notification.Restock.Count == 0
            ? ValueTask.CompletedTask
            : ReturnAsync(notification, "catalog.return-restocked", notification.Restock, cancellationToken);

    private async ValueTask ReturnAsync(IIntegrationEvent notification, string handler, IReadOnlyList<CancelledLine> lines, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            await db.ReturnStockAsync(lines.Select(l => (l.VariantId, l.Quantity)), cancellationToken);
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
