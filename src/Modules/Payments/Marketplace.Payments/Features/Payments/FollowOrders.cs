using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.Payments.Features.Settling;
using Marketplace.SharedKernel.Outbox;
using Mediator;

namespace Marketplace.Payments.Features.Payments;

/// <summary>
/// Payments follows Ordering: a placed order opens its payment (and fixes its commission rate); a
/// cancelled part is no longer due, or waits for a refund once paid; a part delivered for cash
/// books its sale, the cash its cooperative holds and the commission it owes; a prepaid part
/// delivered makes its money payable (after the holding period); a part that came back unsold is
/// no longer due, like a cancelled one, and its cooperative bears the carrier's return fee. Each
/// notification counts once.
/// </summary>
internal sealed class FollowOrdersHandler(PaymentsDbContext db, PaymentBook book, TimeProvider clock)
    : INotificationHandler<OrderPlacedIntegrationEvent>,
      INotificationHandler<OrderCancelledIntegrationEvent>,
      INotificationHandler<OrderPartDeliveredIntegrationEvent>,
      INotificationHandler<OrderPartReturnedIntegrationEvent>
{
    public async ValueTask Handle(OrderPlacedIntegrationEvent notification, CancellationToken cancellationToken) =>
        await book.FindOrOpenAsync(notification.OrderId, cancellationToken);

    public async ValueTask Handle(OrderCancelledIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "payments.part-cancelled";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var payment = await book.FindOrOpenAsync(notification.OrderId, cancellationToken);
            payment?.PartCancelled(notification.PartId, notification.OccurredAt);
        }, cancellationToken);
    }

    public async ValueTask Handle(OrderPartDeliveredIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "payments.part-delivered";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var payment = await book.FindOrOpenAsync(notification.OrderId, cancellationToken);
            var part = payment?.Parts.SingleOrDefault(p => p.PartId == notification.PartId);
            if (payment is null || part is null)
            {
                return;
            }

            if (payment.IsPrepaid)
            {
                await Earnings.DeliveredAsync(db, part, notification.OccurredAt, cancellationToken);
            }
            else
            {
                // Nothing collected (the buyer paid nothing at the door) is still a delivery: the part stops being due.
                // A deposit paid before is a sale all the same.
                if (notification.CashCollectedVnd > 0 || part.DepositVnd > 0)
                {
                    Settlement.DeliveredForCash(db, payment, part, notification.CashCollectedVnd, notification.ShortfallReason, notification.OccurredAt);
                }

                payment.CollectedOnDelivery(part.PartId, notification.CashCollectedVnd, notification.OccurredAt);
            }
        }, cancellationToken);
    }

    public async ValueTask Handle(OrderPartReturnedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "payments.part-returned";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var payment = await book.FindOrOpenAsync(notification.OrderId, cancellationToken);
            var part = payment?.Parts.SingleOrDefault(p => p.PartId == notification.PartId);
            if (payment is null || part is null)
            {
                return;
            }

            // Not sold: cash due at the door is no longer due; money paid before waits for its refund, as for a cancellation.
            payment.PartCancelled(part.PartId, notification.OccurredAt, returned: true);
            if (notification.ReturnFeeVnd > 0)
            {
                db.Ledger.Add(new LedgerEntry(
                    part.CooperativeId, part.VendorName, LedgerEntryKind.Shipping, -notification.ReturnFeeVnd, $"return-fee:{part.PartId}",
                    LedgerText.ReturnFee(notification.Reason), notification.OccurredAt, payment.OrderId, payment.OrderNumber, partId: part.PartId));
            }
        }, cancellationToken);
    }
}
