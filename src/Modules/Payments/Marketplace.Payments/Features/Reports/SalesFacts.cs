using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Payments.Features.Reports;

/// <summary>
/// What the sales report needs of a stretch of days, summed from the ledger: sales, refunds,
/// commission and parts sold by day, and by cooperative. Each adds up across stretches because an
/// entry falls on one day, so a span is the sum of its stretches (<see cref="SalesFactsReader"/>).
/// Refunds and commission are kept as the alliance reads them: what went back, what it earned.
/// </summary>
internal sealed record SalesFacts(List<SalesFacts.Day> Days, List<SalesFacts.Cooperative> Cooperatives)
{
    public static SalesFacts Sum(IReadOnlyCollection<SalesFacts> stretches) => stretches.Count == 1
        ? stretches.First()
        : new SalesFacts(
            [.. stretches.SelectMany(f => f.Days).GroupBy(d => d.On).Select(g => new Day(g.Key, Add(g.Select(d => d.Figures))))],
            [.. stretches.SelectMany(f => f.Cooperatives).GroupBy(c => c.CooperativeId).Select(g => new Cooperative(g.Key, Add(g.Select(c => c.Figures))))]);

    public static Sums Add(IEnumerable<Sums> sums)
    {
        long sales = 0, refunds = 0, commission = 0;
        var parts = 0;
        foreach (var s in sums)
        {
            sales += s.Sales;
            refunds += s.Refunds;
            commission += s.Commission;
            parts += s.Parts;
        }

        return new Sums(sales, refunds, commission, parts);
    }

    /// <summary>Sales booked, refunds given (positive), commission earned (positive), and sales counted (one per part).</summary>
    internal sealed record Sums(long Sales, long Refunds, long Commission, int Parts);

    internal sealed record Day(DateOnly On, Sums Figures);

    internal sealed record Cooperative(CooperativeId CooperativeId, Sums Figures);
}

/// <summary>
/// Reads the <see cref="SalesFacts"/> of a span. One cooperative's entries are few, and are summed
/// from the ledger each time. The whole alliance's are many (a sale and its commission per part
/// delivered or paid): its closed days are read from rollups (<see cref="DayRollupReader{TContext, TFacts}"/>),
/// kept stale by the changes <see cref="PaymentsDbContext"/> notes when an entry of a closed day is
/// booked late (a cash collection noted after midnight, a refund dated when the provider made it).
/// </summary>
internal sealed class SalesFactsReader(PaymentsDbContext db, IServiceScopeFactory scopes, TimeProvider clock, ILogger<SalesFactsReader> logger)
    : DayRollupReader<PaymentsDbContext, SalesFacts>(db, scopes, clock, logger)
{
    public const string Name = "sales";

    public override string Report => Name;

    /// <summary>
    /// The kinds of entry that change the report: those it sums, and a reversal, which it counts
    /// under the kind of the entry it undoes (an admin's reversal of a sale booked by mistake is a
    /// sale less, not nothing). A rollup is stale only when one of these is booked on its days.
    /// </summary>
    public static bool Changes(LedgerEntryKind kind) =>
        kind is LedgerEntryKind.Sale or LedgerEntryKind.Refund or LedgerEntryKind.Commission or LedgerEntryKind.Reversal;

    public async Task<SalesFacts> ReadAsync(DateOnly from, DateOnly to, CooperativeId? cooperativeId, CancellationToken cancellationToken) =>
        cooperativeId is null ? await ReadAsync(from, to, cancellationToken) : await SumLedgerAsync(from, to, cooperativeId, cancellationToken);

    protected override Task<SalesFacts> SumRowsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        SumLedgerAsync(from, to, null, cancellationToken);

    protected override SalesFacts Sum(IReadOnlyCollection<SalesFacts> stretches) => SalesFacts.Sum(stretches);

    /// <summary>
    /// The span's sales, refunds and commission summed by the database by day, cooperative and kind,
    /// from the ledger's (day, kind, cooperative, amount) index, then folded here by day and by cooperative.
    /// Reversals are few: they are summed by the kind of the entry each undoes, on the reversal's own
    /// day (the day the money moved back), and a reversed sale is one part fewer.
    /// </summary>
    private async Task<SalesFacts> SumLedgerAsync(DateOnly from, DateOnly to, CooperativeId? cooperativeId, CancellationToken cancellationToken)
    {
        var span = Db.Ledger.AsNoTracking().Where(e => e.Day >= from && e.Day <= to);
        if (cooperativeId is { } only)
        {
            span = span.Where(e => e.CooperativeId == only);
        }

        var booked = await span
            .Where(e => e.Kind == LedgerEntryKind.Sale || e.Kind == LedgerEntryKind.Refund || e.Kind == LedgerEntryKind.Commission)
            .GroupBy(e => new { e.Day, e.CooperativeId, e.Kind })
            .Select(g => new Summed(g.Key.Day, g.Key.CooperativeId, g.Key.Kind, g.Sum(e => e.AmountVnd), g.Count()))
            .ToListAsync(cancellationToken);
        var reversed = await span
            .Where(e => e.Kind == LedgerEntryKind.Reversal)
            .Join(Db.Ledger, reversal => reversal.Reverses, entry => (Guid?)entry.Id, (reversal, entry) => new { reversal, entry.Kind })
            .Where(r => r.Kind == LedgerEntryKind.Sale || r.Kind == LedgerEntryKind.Refund || r.Kind == LedgerEntryKind.Commission)
            .GroupBy(r => new { r.reversal.Day, r.reversal.CooperativeId, r.Kind })
            .Select(g => new Summed(g.Key.Day, g.Key.CooperativeId, g.Key.Kind, g.Sum(r => r.reversal.AmountVnd), -g.Count()))
            .ToListAsync(cancellationToken);
        var rows = booked.Concat(reversed).Select(s => (s.Day, s.CooperativeId, Sums: s.Kind switch
        {
            LedgerEntryKind.Sale => new SalesFacts.Sums(s.AmountVnd, 0, 0, s.Count),
            LedgerEntryKind.Refund => new SalesFacts.Sums(0, -s.AmountVnd, 0, 0),
            _ => new SalesFacts.Sums(0, 0, -s.AmountVnd, 0),
        })).ToList();
        return new SalesFacts(
            [.. rows.GroupBy(r => r.Day).Select(g => new SalesFacts.Day(g.Key, SalesFacts.Add(g.Select(r => r.Sums))))],
            [.. rows.GroupBy(r => r.CooperativeId).Select(g => new SalesFacts.Cooperative(g.Key, SalesFacts.Add(g.Select(r => r.Sums))))]);
    }

    /// <summary>One (day, cooperative, kind) group's amount, and how many entries it counts (negative for reversals).</summary>
    private sealed record Summed(DateOnly Day, CooperativeId CooperativeId, LedgerEntryKind Kind, long AmountVnd, int Count);
}
