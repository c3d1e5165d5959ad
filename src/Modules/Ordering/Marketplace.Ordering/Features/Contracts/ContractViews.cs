using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Contracts;

/// <summary>Contracts as both sides read them, each delivery with how it went, from the order part it became.</summary>
internal static class ContractViews
{
    public static async Task<ContractView> ReadAsync(OrderingDbContext db, SupplyContract contract, DateOnly today, CancellationToken cancellationToken) =>
        (await ReadAsync(db, [contract], today, cancellationToken))[0];

    public static async Task<IReadOnlyList<ContractView>> ReadAsync(
        OrderingDbContext db, IReadOnlyList<SupplyContract> contracts, DateOnly today, CancellationToken cancellationToken)
    {
        var partIds = contracts.SelectMany(c => c.Deliveries).Where(d => d.PartId is not null).Select(d => d.PartId!.Value).ToList();
        var parts = partIds.Count == 0
            ? []
            : await db.Parts.AsNoTracking().Where(p => partIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var orderIds = parts.Values.Select(p => p.OrderId).Distinct().ToList();
        var numbers = orderIds.Count == 0
            ? []
            : await db.Orders.AsNoTracking().Where(o => orderIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Number, cancellationToken);
        return [.. contracts.Select(c => View(c, parts, numbers, today))];
    }

    private static ContractView View(
        SupplyContract c, IReadOnlyDictionary<OrderPartId, OrderPart> parts, IReadOnlyDictionary<OrderId, string> numbers, DateOnly today)
    {
        var deliveries = c.Deliveries.OrderBy(d => d.Sequence).Select(d =>
        {
            var part = d.PartId is { } id ? parts.GetValueOrDefault(id) : null;
            var delivered = part?.Timeline.LastOrDefault(t => t.Status == PartStatus.Delivered) is { } step ? VietnamTime.DayOf(step.At) : (DateOnly?)null;
            // Once ordered, the order's own line says what it was placed at.
            var price = part?.Lines.FirstOrDefault()?.UnitPriceVnd ?? d.PriceVnd ?? c.Terms.PriceVnd;
            return new ContractDeliveryView(
                d.Sequence, d.DueOn, Outcome(d, part, delivered, today), d.OrderId, d.OrderId is { } order ? numbers.GetValueOrDefault(order) : null, d.PartId,
                delivered, Money.Dong(price));
        }).ToList();
        int Count(params string[] outcomes) => deliveries.Count(d => outcomes.Contains(d.Outcome));
        return new ContractView(
            c.Id, c.Number, c.CooperativeId, c.VendorName, c.BuyerEmail, c.ProductId, c.VariantId, c.ProductName, c.Sku, c.Unit, c.Delivery.ToContract(),
            c.Status.ToString(), c.Status == ContractStatus.Offered ? (c.AwaitsCooperative ? "cooperative" : "buyer") : null,
            Terms(c.Terms),
            [.. c.Offers.Select(o => new ContractOfferView(o.ByCooperative ? "cooperative" : "buyer", o.At, Terms(o.Terms), o.Note))],
            deliveries,
            new ContractProgress(Count("ontime"), Count("late", "overdue"), Count("missed"), Count("skipped"), Count("upcoming"), Count("ordered")),
            c.EndsOn, c.EndReason, c.RfqId, c.RfqNumber);
    }

    private static ContractTermsView Terms(ContractTerms t)
    {
        var perDelivery = checked(t.QuantityPerDelivery * t.PriceVnd);
        return new ContractTermsView(
            t.QuantityPerDelivery, t.Cadence.ToString(), t.FirstDeliveryOn, t.Deliveries, Money.Dong(t.PriceVnd), t.Payment.ToString(), t.NoticeDays,
            Money.Dong(perDelivery), Money.Dong(checked(perDelivery * t.Deliveries)),
            t.PriceFloorVnd is { } floor ? Money.Dong(floor) : null, t.PriceCeilingVnd is { } ceiling ? Money.Dong(ceiling) : null);
    }

    private static string Outcome(ContractDelivery d, OrderPart? part, DateOnly? delivered, DateOnly today) => d.Status switch
    {
        DeliveryStatus.Scheduled => "upcoming",
        DeliveryStatus.Skipped => "skipped",
        DeliveryStatus.Cancelled => "cancelled",
        _ when part is null => "ordered",
        _ when part.Undone => "missed",
        _ when delivered is { } day => day <= d.DueOn ? "ontime" : "late",
        _ => today > d.DueOn ? "overdue" : "ordered",
    };
}
