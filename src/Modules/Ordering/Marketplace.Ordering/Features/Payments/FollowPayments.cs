using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Payments;

/// <summary>
/// Ordering follows what Payments reports: a paid order may be confirmed by its cooperatives; an
/// order not paid by its deadline is cancelled and its stock given back (through the same
/// OrderCancelled notification as any cancellation); a refund shows on its part. Each
/// notification counts once, however often it is delivered.
/// </summary>
internal sealed class FollowPaymentsHandler(OrderingDbContext db, TimeProvider clock)
    : INotificationHandler<PaymentSucceededIntegrationEvent>,
      INotificationHandler<PaymentFailedIntegrationEvent>,
      INotificationHandler<RefundedIntegrationEvent>
{
    public async ValueTask Handle(PaymentSucceededIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "ordering.payment-succeeded";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var order = await db.Orders.Include(o => o.Parts).SingleOrDefaultAsync(o => o.Id == notification.OrderId, cancellationToken);
            order?.MarkPaid(notification.OccurredAt);
        }, cancellationToken);
    }

    public async ValueTask Handle(PaymentFailedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "ordering.payment-failed";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var order = await db.Orders.Include(o => o.Parts).SingleOrDefaultAsync(o => o.Id == notification.OrderId, cancellationToken);
            if (order is not null)
            {
                var now = clock.GetUtcNow();
                foreach (var part in order.PaymentFailed(notification.Reason, notification.Final, now))
                {
                    db.AddIntegrationEvent(new OrderCancelledIntegrationEvent(
                        Guid.NewGuid(), now, part.OrderId, part.Id, part.CooperativeId, part.StockToReturn(), part.CancelReason));
                }
            }
        }, cancellationToken);
    }

    public async ValueTask Handle(RefundedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "ordering.refunded";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var part = await db.Parts.SingleOrDefaultAsync(p => p.Id == notification.PartId, cancellationToken);
            part?.Refunded(notification.AmountVnd);
        }, cancellationToken);
    }
}
