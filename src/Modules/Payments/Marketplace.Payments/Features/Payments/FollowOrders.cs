using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.Payments.Features.Settling;
using Marketplace.SharedKernel;
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
      INotificationHandler<CarrierCashRemittedIntegrationEvent>,
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
            if (await PartAsync(notification.OrderId, notification.PartId, cancellationToken) is not ({ } payment, { } part))
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
                if (notification.CollectedByCarrier)
                {
                    Settlement.DeliveredForCarrierCash(db, payment, part, notification.CashCollectedVnd, notification.ShortfallReason, notification.OccurredAt);
                }
                else if (notification.CashCollectedVnd > 0 || part.DepositVnd > 0 || part.DueVnd == 0)
                {
                    Settlement.DeliveredForCash(db, payment, part, notification.CashCollectedVnd, notification.ShortfallReason, notification.OccurredAt);
                }

                payment.CollectedOnDelivery(part.PartId, notification.CashCollectedVnd, notification.OccurredAt);
            }
        }, cancellationToken);
    }

    /// <summary>
    /// The carrier paid a parcel's cash over (or charged its return): its charges are booked, and a
    /// delivered part's money, pending since delivery, is payable once the holding period has passed.
    /// </summary>
    public async ValueTask Handle(CarrierCashRemittedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "payments.carrier-remitted";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            if (await PartAsync(notification.OrderId, notification.PartId, cancellationToken) is not ({ } payment, { } part))
            {
                return;
            }

            var delivered = !notification.Returned;
            Settlement.CarrierRemitted(
                db, payment, part, notification.Carrier, notification.TrackingCode, notification.ChargedVnd, delivered, notification.OccurredAt);
            if (delivered)
            {
                await Earnings.DeliveredAsync(db, part, notification.OccurredAt, cancellationToken);
            }
        }, cancellationToken);
    }

    public async ValueTask Handle(OrderPartReturnedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "payments.part-returned";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            if (await PartAsync(notification.OrderId, notification.PartId, cancellationToken) is not ({ } payment, { } part))
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

    /// <summary>The order's payment (opened when the order was placed before Payments heard of it) and the part's share of it.</summary>
    private async Task<(Payment Payment, PaymentPart Part)?> PartAsync(OrderId orderId, OrderPartId partId, CancellationToken cancellationToken)
    {
        var payment = await book.FindOrOpenAsync(orderId, cancellationToken);
        return payment?.Parts.SingleOrDefault(p => p.PartId == partId) is { } part ? (payment, part) : null;
    }
}
