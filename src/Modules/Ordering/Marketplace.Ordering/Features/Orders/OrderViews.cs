using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Orders;

internal static class OrderViews
{
    public static OrderView Order(Order o) => Order(o, []);

    /// <summary>An order made before (found again by a retry or the loser of a race), read as it is now.</summary>
    public static async Task<OrderView> ReadAsync(OrderingDbContext db, OrderId orderId, CancellationToken cancellationToken) =>
        Order(await db.Orders.AsNoTracking().Include(o => o.Parts).SingleAsync(o => o.Id == orderId, cancellationToken));

    /// <summary>The order, with the lots its shipped lines came from and the parcels booked with carriers (of any of its parts).</summary>
    public static OrderView Order(Order o, IReadOnlyList<ShippedLot> lots, IReadOnlyList<Shipment>? shipments = null, bool carrierCharges = false) => new(
        o.Id, o.Number, o.BuyerEmail, o.PlacedAt, o.Delivery.ToContract(), o.Note, o.PaymentMethod,
        o.Parts.OrderBy(p => p.VendorName, StringComparer.Ordinal)
            .Select(p => Part(p, o.Number, lots: lots, shipments: shipments, carrierCharges: carrierCharges))
            .ToList(),
        Money.Dong(o.Parts.Sum(p => p.Undone ? 0 : p.TotalVnd)),
        o.PaymentState, o.PaidAt, PaymentFailureReasons.Render(o.PaymentProblem), o.PurchaseOrderNumber);

    /// <summary>
    /// The part; <paramref name="lots"/> and <paramref name="shipments"/> may hold other parts' too:
    /// only this part's lots are shown, on the lines of their SKU, and its live parcel (else its last),
    /// with what the carrier charges when <paramref name="carrierCharges"/> (the cooperative's and the admins' view).
    /// </summary>
    public static OrderPartView Part(
        OrderPart p,
        string orderNumber,
        DeliveryAddress? shipTo = null,
        string? buyerNote = null,
        IReadOnlyList<ShippedLot>? lots = null,
        IReadOnlyList<Shipment>? shipments = null,
        bool carrierCharges = false) => new(
        p.Id, p.OrderId, orderNumber, p.CooperativeId, p.VendorName, p.Status,
        p.Lines
            .Select(l => new OrderLineView(
                l.VariantId, l.Sku, l.ProductName, l.Unit, l.NetWeightGrams, l.Quantity, Money.Dong(l.UnitPriceVnd), Money.Dong(l.TotalVnd),
                LotsOf(p, l, lots)))
            .ToList(),
        Money.Dong(p.SubtotalVnd), Money.Dong(p.ShippingFeeVnd), Money.Dong(p.TotalVnd), p.Carrier, p.TrackingNumber,
        PaymentFailureReasons.Render(p.CancelReason),
        Money.Dong(p.CashDueVnd), p.CashCollectedVnd is { } collected ? Money.Dong(collected) : null,
        p.Timeline.Select(t => new TimelineEntryView(t.Status, t.At, t.Note)).ToList(),
        p.Version, p.AwaitingPayment, Money.Dong(p.RefundedVnd), shipTo, buyerNote, p.DepositVnd > 0 ? Money.Dong(p.DepositVnd) : null,
        p.ShipsBy, p.ExpectedFrom, p.ExpectedBy,
        shipments?.Where(s => s.PartId == p.Id).OrderBy(s => s.Cancelled).ThenByDescending(s => s.BookedAt).FirstOrDefault()?.View(carrierCharges))
        {
            Discount = Money.Dong(p.DiscountVnd),
        };

    private static List<LineLotView>? LotsOf(OrderPart part, OrderLine line, IReadOnlyList<ShippedLot>? lots) =>
        lots is null || lots.Count == 0
            ? null
            : lots.Where(s => s.PartId == part.Id && string.Equals(s.Sku, line.Sku, StringComparison.OrdinalIgnoreCase))
                .OrderBy(s => s.LotCode, StringComparer.Ordinal)
                .Select(s => new LineLotView(s.LotCode, s.Quantity, s.RecalledAt, s.RecallReason))
                .ToList() is { Count: > 0 } found ? found : null;
}
