using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>
/// What the orders report needs of a stretch of days, summed: every figure in it adds up across
/// stretches because an order falls on one day (its orders by province, method and state, by day,
/// by product and by buyer; its parts cancelled by reason). So a span is the sum of its stretches,
/// each read from the order lines or from a rollup kept of a closed month or day
/// (<see cref="OrderFactsReader"/>).
/// </summary>
internal sealed record OrderFacts(
    List<OrderFacts.Group> Groups,
    List<OrderFacts.Day> Days,
    List<OrderFacts.Product> Products,
    List<OrderFacts.Reason> Reasons,
    Dictionary<Guid, int> Buyers)
{
    public static OrderFacts Empty => new([], [], [], [], []);

    public static OrderFacts Sum(IReadOnlyCollection<OrderFacts> stretches)
    {
        if (stretches.Count == 1)
        {
            return stretches.First();
        }

        var all = stretches.ToList();
        var buyers = new Dictionary<Guid, int>();
        foreach (var (buyer, orders) in all.SelectMany(f => f.Buyers))
        {
            buyers[buyer] = buyers.GetValueOrDefault(buyer) + orders;
        }

        return new OrderFacts(
            [.. all.SelectMany(f => f.Groups)
                .GroupBy(g => (g.Province, g.Method, g.Cancelled))
                .Select(g => new Group(
                    g.Key.Province, g.Key.Method, g.Key.Cancelled, g.Sum(x => x.Orders), g.Sum(x => x.Parts), g.Sum(x => x.Quantity), g.Sum(x => x.Goods)))],
            [.. all.SelectMany(f => f.Days).GroupBy(d => d.On).Select(g => new Day(g.Key, g.Sum(x => x.Orders), g.Sum(x => x.Goods)))],
            [.. all.SelectMany(f => f.Products)
                .GroupBy(p => (p.CooperativeId, p.Sku, p.VariantId))
                .Select(g => new Product(
                    g.Key.CooperativeId, g.Key.Sku, g.Key.VariantId, g.Max(x => x.Name)!, g.Sum(x => x.Orders), g.Sum(x => x.Quantity), g.Sum(x => x.Goods)))],
            [.. all.SelectMany(f => f.Reasons).GroupBy(r => r.Text).Select(g => new Reason(g.Key, g.Sum(x => x.Parts), g.Sum(x => x.Goods)))],
            buyers);
    }

    /// <summary>Lines of one province, payment method and state: orders and parts counted once each.</summary>
    internal sealed record Group(string Province, PaymentMethod Method, bool Cancelled, int Orders, int Parts, int Quantity, long Goods);

    /// <summary>The orders of a day not wholly cancelled, and their goods.</summary>
    internal sealed record Day(DateOnly On, int Orders, long Goods);

    /// <summary>A SKU of a cooperative, as one variant (or as quoted lines with none): orders, quantity and goods, cancelled left out.</summary>
    internal sealed record Product(CooperativeId CooperativeId, string Sku, VariantId? VariantId, string Name, int Orders, int Quantity, long Goods);

    /// <summary>The parts cancelled with a reason, as written.</summary>
    internal sealed record Reason(string? Text, int Parts, long Goods);
}
