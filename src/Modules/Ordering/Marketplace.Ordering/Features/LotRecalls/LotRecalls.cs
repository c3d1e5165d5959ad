using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.LotRecalls;

/// <summary>Who received a lot: the orders its shipped lines went to, newest first.</summary>
internal sealed class GetLotRecipientsHandler(OrderingDbContext db) : IQueryHandler<GetLotRecipientsQuery, IReadOnlyList<LotRecipient>>
{
    public async ValueTask<IReadOnlyList<LotRecipient>> Handle(GetLotRecipientsQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.ShippedLots.AsNoTracking()
            .Where(l => l.LotId == query.LotId)
            .Join(db.Orders, l => l.OrderId, o => o.Id, (l, o) => new { Lot = l, o.Number, o.Delivery })
            .Join(db.Parts, r => r.Lot.PartId, p => p.Id, (r, p) => new { r.Lot, r.Number, r.Delivery, p.Status })
            .ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.Lot.ShippedAt)
            .ThenBy(r => r.Number, StringComparer.Ordinal)
            .Select(r => new LotRecipient(
                r.Lot.OrderId, r.Number, r.Delivery.Recipient, r.Delivery.Phone, r.Delivery.Province, r.Lot.Sku, r.Lot.Quantity, r.Lot.Unit,
                r.Lot.ShippedAt, r.Status))
            .ToList();
    }
}

/// <summary>
/// Tells every buyer of a recalled lot, once: one mail to each buyer, naming each of their orders
/// that received it and how much, with the cooperative's reason, in the language they ordered in;
/// and marks the lines, so their order pages show the recall. Handled once (a second delivery of
/// the event sends nothing), and each mail has its own id, so a retry after a failure halfway
/// does not mail twice those already mailed.
/// </summary>
internal sealed class TellLotBuyersHandler(OrderingDbContext db, IMailSender mail, TimeProvider clock)
    : INotificationHandler<LotRecalledIntegrationEvent>
{
    private const string Handler = "ordering.lot-recalled";

    public async ValueTask Handle(LotRecalledIntegrationEvent notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, Handler, clock, async () =>
        {
            var shipped = await db.ShippedLots.Where(l => l.LotId == notification.LotId).ToListAsync(cancellationToken);
            foreach (var line in shipped)
            {
                line.Recalled(notification.Reason, notification.OccurredAt);
            }

            // A parcel that came back, or is on its way back, never reached its buyer: there is nobody to tell.
            var back = shipped.Select(l => l.PartId).Distinct().ToList();
            var unsent = await db.Parts.AsNoTracking()
                .Where(p => back.Contains(p.Id) && (p.Status == PartStatus.Returning || p.Status == PartStatus.Returned))
                .Select(p => p.Id)
                .ToListAsync(cancellationToken);
            shipped = [.. shipped.Where(l => !unsent.Contains(l.PartId))];
            var orderIds = shipped.Select(l => l.OrderId).Distinct().ToList();
            var orders = await db.Orders.AsNoTracking()
                .Where(o => orderIds.Contains(o.Id))
                .Select(o => new { o.Id, o.Number, o.BuyerEmail, o.Delivery.Recipient, o.Culture, o.PlacedAt })
                .ToListAsync(cancellationToken);
            foreach (var buyer in orders.GroupBy(o => o.BuyerEmail.Trim().ToLowerInvariant()))
            {
                var first = buyer.OrderBy(o => o.PlacedAt).First();
                var culture = first.Culture;
                var received = string.Join("\n", buyer.OrderBy(o => o.PlacedAt).Select(o =>
                {
                    var units = shipped.Where(l => l.OrderId == o.Id).Select(l => $"{l.Quantity} × {l.Sku}");
                    var on = VietnamTime.DayOf(o.PlacedAt).ToString("d", CultureInfo.GetCultureInfo(culture));
                    var what = string.Join(", ", units);
                    return Bilingual.Pick(culture, $"- Đơn {o.Number} ({on}): {what}", $"- Order {o.Number} ({on}): {what}");
                }));
                var (code, product, reason) = (notification.Code, notification.ProductName, notification.Reason);
                await mail.SendAsync(
                    new OutgoingMail(
                        first.BuyerEmail,
                        first.Recipient,
                        Bilingual.Pick(culture, $"Thu hồi lô {code}: {product}", $"Recall of lot {code}: {product}"),
                        Bilingual.Pick(
                            culture,
                            $"Hợp tác xã thu hồi lô {code} của sản phẩm {product}, mà bạn đã nhận:\n{received}\n\nLý do: {reason}\n\n"
                                + "Xin đừng dùng sản phẩm của lô này. Hợp tác xã sẽ liên hệ để đổi hoặc hoàn tiền.",
                            $"The cooperative is recalling lot {code} of {product}, which you received:\n{received}\n\nReason: {reason}\n\n"
                                + "Please do not use the product of this lot. The cooperative will contact you to replace it or refund you."),
                        OutgoingMail.IdFor(notification.EventId, Handler, buyer.Key)),
                    cancellationToken);
            }
        }, cancellationToken);
}
