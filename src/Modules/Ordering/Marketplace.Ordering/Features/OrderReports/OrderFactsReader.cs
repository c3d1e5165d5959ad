using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>
/// Reads the <see cref="OrderFacts"/> of a span. One cooperative's lines are few, and are summed
/// from <c>sold_lines</c> each time. The whole alliance's are many: its closed days are read from
/// rollups (<see cref="DayRollupReader{TContext, TFacts}"/>), kept stale by the changes
/// <see cref="OrderingDbContext"/> notes when a part of a closed day is cancelled or added late.
/// </summary>
internal sealed class OrderFactsReader(OrderingDbContext db, IServiceScopeFactory scopes, TimeProvider clock, ILogger<OrderFactsReader> logger)
    : DayRollupReader<OrderingDbContext, OrderFacts>(db, scopes, clock, logger)
{
    public const string Name = "orders";

    public override string Report => Name;

    public async Task<OrderFacts> ReadAsync(DateOnly from, DateOnly to, CooperativeId? cooperativeId, CancellationToken cancellationToken) =>
        cooperativeId is null ? await ReadAsync(from, to, cancellationToken) : await SumLinesAsync(from, to, cooperativeId, cancellationToken);

    protected override Task<OrderFacts> SumRowsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        SumLinesAsync(from, to, null, cancellationToken);

    protected override OrderFacts Sum(IReadOnlyCollection<OrderFacts> stretches) => OrderFacts.Sum(stretches);

    private IQueryable<SoldLine> Lines(DateOnly from, DateOnly to, CooperativeId? cooperativeId)
    {
        var lines = Db.SoldLines.AsNoTracking().Where(l => l.Day >= from && l.Day <= to);
        return cooperativeId is { } only ? lines.Where(l => l.CooperativeId == only) : lines;
    }

    /// <summary>The span's facts summed by the database from its lines (an order's lines share its day, province, method and buyer).</summary>
    private async Task<OrderFacts> SumLinesAsync(DateOnly from, DateOnly to, CooperativeId? cooperativeId, CancellationToken cancellationToken)
    {
        var lines = Lines(from, to, cooperativeId);
        var kept = lines.Where(l => !l.Cancelled);
        var groups = await lines
            .GroupBy(l => new { l.Province, l.PaymentMethod, l.Cancelled })
            .Select(g => new OrderFacts.Group(
                g.Key.Province, g.Key.PaymentMethod, g.Key.Cancelled,
                g.Select(l => l.OrderId).Distinct().Count(), g.Select(l => l.PartId).Distinct().Count(), g.Sum(l => l.Quantity), g.Sum(l => l.GoodsVnd)))
            .ToListAsync(cancellationToken);
        var days = await kept
            .GroupBy(l => l.Day)
            .Select(g => new OrderFacts.Day(g.Key, g.Select(l => l.OrderId).Distinct().Count(), g.Sum(l => l.GoodsVnd)))
            .ToListAsync(cancellationToken);
        var products = await kept
            .GroupBy(l => new { l.CooperativeId, l.Sku, l.VariantId })
            .Select(g => new OrderFacts.Product(
                g.Key.CooperativeId, g.Key.Sku, g.Key.VariantId, g.Max(l => l.ProductName)!,
                g.Select(l => l.OrderId).Distinct().Count(), g.Sum(l => l.Quantity), g.Sum(l => l.GoodsVnd)))
            .ToListAsync(cancellationToken);
        var buyers = await kept
            .GroupBy(l => l.BuyerId)
            .Select(g => new { Buyer = g.Key, Orders = g.Select(l => l.OrderId).Distinct().Count() })
            .ToDictionaryAsync(b => b.Buyer.Value, b => b.Orders, cancellationToken);
        var reasons = await Db.Parts.AsNoTracking()
            .Where(p => (p.Status == PartStatus.Cancelled || p.Status == PartStatus.Returned) && lines.Any(l => l.PartId == p.Id))
            .GroupBy(p => p.CancelReason)
            .Select(g => new OrderFacts.Reason(g.Key, g.Count(), g.Sum(p => p.SubtotalVnd)))
            .ToListAsync(cancellationToken);
        return new OrderFacts(groups, days, products, reasons, buyers);
    }
}
