using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Shipments;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>
/// Asks, through the outbox, for the shopper's mail about a step that has no notification of its
/// own (confirmed, packed, delivered). It names the step: by the time the mail goes out the part
/// may be further on, and each step gets its own mail. (No step: queued before it was carried.)
/// </summary>
internal sealed record OrderPartProgressMailRequested(
    Guid EventId, DateTimeOffset OccurredAt, OrderId OrderId, OrderPartId PartId, PartStatus? Step = null, string? Note = null)
    : IIntegrationEvent;

/// <summary>
/// Mails the shopper each step of each part, and what became of the payment, in the language they ordered in; a second
/// delivery sends nothing.
/// </summary>
internal sealed class OrderMailsHandler(OrderingDbContext db, IMailSender mail, TimeProvider clock)
    : INotificationHandler<OrderPlacedIntegrationEvent>,
      INotificationHandler<OrderPartShippedIntegrationEvent>,
      INotificationHandler<OrderCancelledIntegrationEvent>,
      INotificationHandler<OrderPartProgressMailRequested>,
      INotificationHandler<OutForDeliveryMailRequested>,
      INotificationHandler<PaymentSucceededIntegrationEvent>,
      INotificationHandler<PaymentFailedIntegrationEvent>
{
    public ValueTask Handle(PaymentSucceededIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "ordering.mail-paid", notification.OrderId, null, cancellationToken, order => (
            Bilingual.Pick(order.Culture, $"Đã nhận thanh toán đơn hàng {order.Number}", $"Payment received for order {order.Number}"),
            Bilingual.Pick(
                order.Culture,
                $"Chợ HTX đã nhận {Money.Dong(notification.AmountVnd).Format(CultureInfo.GetCultureInfo("vi"))} cho đơn hàng {order.Number}. "
                    + "Các hợp tác xã sẽ xác nhận và giao hàng.",
                $"Co-op Market has received {Money.Dong(notification.AmountVnd).Format(CultureInfo.InvariantCulture)} for order {order.Number}. "
                    + "The cooperatives will confirm and deliver.")));

    /// <summary>Only the first failures are mailed: a final one cancels the parts, and each cancellation has its own mail.</summary>
    public ValueTask Handle(PaymentFailedIntegrationEvent notification, CancellationToken cancellationToken) =>
        notification.Final
            ? ValueTask.CompletedTask
            : SendAsync(notification, "ordering.mail-payment-failed", notification.OrderId, null, cancellationToken, order => (
                Bilingual.Pick(
                    order.Culture, $"Thanh toán đơn hàng {order.Number} chưa thành công", $"The payment for order {order.Number} did not go through"),
                Bilingual.Pick(
                    order.Culture,
                    $"{PaymentFailureReasons.Render(notification.Reason, order.Culture)} "
                        + "Bạn có thể thử lại từ trang đơn hàng trước khi đơn hàng hết hạn thanh toán.",
                    $"{PaymentFailureReasons.Render(notification.Reason, order.Culture)} "
                        + "You may try again from the order's page before its payment deadline.")));

    public ValueTask Handle(OrderPlacedIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "ordering.mail-placed", notification.OrderId, null, cancellationToken);

    public ValueTask Handle(OrderPartShippedIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "ordering.mail-shipped", notification.OrderId, notification.PartId, cancellationToken, order =>
            Step(order, notification.PartId, PartStatus.Shipped, notification.Carrier, notification.TrackingNumber));

    public ValueTask Handle(OrderCancelledIntegrationEvent notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "ordering.mail-cancelled", notification.OrderId, notification.PartId, cancellationToken, order =>
            Step(order, notification.PartId, PartStatus.Cancelled, reason: PaymentFailureReasons.Render(notification.Reason, order.Culture)));

    public ValueTask Handle(OrderPartProgressMailRequested notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "ordering.mail-progress", notification.OrderId, notification.PartId, cancellationToken, order =>
            Step(order, notification.PartId, notification.Step, reason: notification.Note));

    public ValueTask Handle(OutForDeliveryMailRequested notification, CancellationToken cancellationToken) =>
        SendAsync(notification, "ordering.mail-out-for-delivery", notification.OrderId, notification.PartId, cancellationToken, order =>
        {
            var vendor = order.Parts.SingleOrDefault(p => p.Id == notification.PartId)?.VendorName;
            var cash = Money.Dong(notification.CashDueVnd).Format(CultureInfo.GetCultureInfo(order.Culture));
            return (
                Bilingual.Pick(
                    order.Culture, $"Đơn {order.Number}: phần của {vendor} sắp đến", $"Order {order.Number}: {vendor}'s part is nearly there"),
                Bilingual.Pick(
                    order.Culture,
                    $"Nhân viên {notification.Carrier} đang mang phần đơn hàng của {vendor} đến bạn (mã vận đơn {notification.TrackingCode})."
                        + (notification.CashDueVnd > 0 ? $" Hãy chuẩn bị {cash} tiền mặt." : string.Empty),
                    $"A {notification.Carrier} courier is bringing {vendor}'s part of your order to you (tracking number {notification.TrackingCode})."
                        + (notification.CashDueVnd > 0 ? $" Please have {cash} in cash ready." : string.Empty)));
        });

    private async ValueTask SendAsync(
        IIntegrationEvent notification,
        string handler,
        OrderId orderId,
        OrderPartId? partId,
        CancellationToken cancellationToken,
        Func<Order, (string, string)>? compose = null)
    {
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var order = await db.Orders.AsNoTracking().Include(o => o.Parts).SingleOrDefaultAsync(o => o.Id == orderId, cancellationToken);
            if (order is not null)
            {
                var (subject, body) = compose is not null ? compose(order) : Placed(order);
                await mail.SendAsync(
                    new OutgoingMail(order.BuyerEmail, order.Delivery.Recipient, subject, body, OutgoingMail.IdFor(notification.EventId, handler)),
                    cancellationToken);
            }
        }, cancellationToken);
    }

    private static (string, string) Placed(Order order)
    {
        var culture = CultureInfo.GetCultureInfo(order.Culture);
        var parts = string.Join("\n", order.Parts.Select(p => $"- {p.VendorName}: {Money.Dong(p.TotalVnd).Format(culture)}"));
        return (
            Bilingual.Pick(order.Culture, $"Đã nhận đơn hàng {order.Number}", $"Order {order.Number} received"),
            Bilingual.Pick(
                order.Culture,
                $"Cảm ơn bạn đã đặt hàng trên Chợ HTX. Mỗi hợp tác xã sẽ tự giao phần của mình:\n{parts}",
                $"Thank you for ordering on Co-op Market. Each cooperative delivers its own part:\n{parts}"));
    }

    // Each step's mail tells the step of its event, with the event's own figures, not the part's
    // state when the outbox gets to it (confirmed and packed within one poll once sent "packed" twice).
    private static (string, string) Step(
        Order order, OrderPartId partId, PartStatus? step, string? carrier = null, string? trackingNumber = null, string? reason = null)
    {
        if (order.Parts.SingleOrDefault(p => p.Id == partId) is not { } part)
        {
            return Placed(order);
        }

        var (vi, en) = (step ?? part.Status) switch
        {
            PartStatus.Confirmed => ("đã xác nhận", "is confirmed"),
            PartStatus.Packed => ("đã đóng gói", "is packed"),
            PartStatus.Shipped => (
                $"đang được giao ({carrier}, mã vận đơn {trackingNumber})", $"is on its way ({carrier}, tracking number {trackingNumber})"),
            PartStatus.Delivered => ("đã được giao", "is delivered"),
            PartStatus.Cancelled => ($"đã bị hủy: {reason}", $"is cancelled: {reason}"),
            PartStatus.DeliveryFailed => (
                $"chưa giao được ({reason}); hãng vận chuyển sẽ liên hệ để giao lại",
                $"could not be delivered ({reason}); the carrier will be in touch to try again"),
            PartStatus.Returning => ($"đang được hoàn về hợp tác xã: {reason}", $"is going back to the cooperative: {reason}"),
            PartStatus.Returned when order.PaymentMethod == PaymentMethod.CashOnDelivery => (
                "đã về lại hợp tác xã; bạn không phải trả tiền cho phần này",
                "is back at the cooperative; you owe nothing for it"),
            PartStatus.Returned => (
                "đã về lại hợp tác xã; số tiền bạn đã trả cho phần này sẽ được hoàn lại",
                "is back at the cooperative; what you paid for it will be refunded"),
            _ => ("đã được đặt", "is placed"),
        };
        return (
            Bilingual.Pick(order.Culture, $"Đơn {order.Number}: phần của {part.VendorName} {vi}", $"Order {order.Number}: {part.VendorName}'s part {en}"),
            Bilingual.Pick(order.Culture, $"Phần đơn hàng của {part.VendorName} {vi}.", $"{part.VendorName}'s part of your order {en}."));
    }
}
