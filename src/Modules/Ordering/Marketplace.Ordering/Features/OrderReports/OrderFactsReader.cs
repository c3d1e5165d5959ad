using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>
/// Reads the <see cref="OrderFacts"/> of a span. One cooperative's lines are few, and are summed
/// from <c>sold_lines</c> each time. The whole alliance's are many: its closed days (up to the day
/// before yesterday) are read from rollups, a row per calendar month wholly inside the span and
/// per day of the span's ragged ends, each built from the lines the first time it is asked for and
/// again once a change to its days is noted (<see cref="SoldDayChange"/>); the days after are summed
/// from the lines. The changes are counted before the lines are read, so a change saved while a
/// rollup is being built leaves it stale, never wrong.
/// </summary>
internal sealed partial class OrderFactsReader(OrderingDbContext db, IServiceScopeFactory scopes, TimeProvider clock, ILogger logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General) { Converters = { new JsonStringEnumConverter() } };

    public async Task<OrderFacts> ReadAsync(DateOnly from, DateOnly to, CooperativeId? cooperativeId, CancellationToken cancellationToken)
    {
        var lastClosed = OrderReportRollup.LastClosedDay(clock.Today());
        if (cooperativeId is not null || from > lastClosed)
        {
            return await SumLinesAsync(from, to, cooperativeId, cancellationToken);
        }

        var closedTo = to < lastClosed ? to : lastClosed;
        var (facts, fresh) = await RollUpAsync(from, closedTo, cancellationToken);
        var ids = fresh.Select(r => r.Id).ToList();
        var kept = await db.OrderReportRollups.AsNoTracking()
            .Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.Facts })
            .ToDictionaryAsync(r => r.Id, r => r.Facts, cancellationToken);
        foreach (var rollup in fresh)
        {
            // Replaced since it was found fresh (a newer change counted), or written in a shape this
            // version cannot read: the stretch is summed again, so the span is never short of it.
            if (kept.GetValueOrDefault(rollup.Id) is not { } json)
            {
                facts.Add(await BuildAsync(rollup.First, rollup.Last, rollup.Changes, null, cancellationToken));
                continue;
            }

            if (Read(json) is not { } read)
            {
                facts.Add(await BuildAsync(rollup.First, rollup.Last, rollup.Changes, rollup.Id, cancellationToken));
                continue;
            }

            facts.Add(read);
        }

        if (to > closedTo)
        {
            facts.Add(await SumLinesAsync(closedTo.AddDays(1), to, null, cancellationToken));
        }

        return OrderFacts.Sum(facts);
    }

    /// <summary>
    /// Builds the rollups that reports of the last three years by month, or of any span of the last
    /// two months, read; returns how many it built (none when all are fresh).
    /// </summary>
    public async Task<int> KeepAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var lastClosed = OrderReportRollup.LastClosedDay(today);
        var lastMonthEnd = lastClosed.AddDays(1).Day == 1 ? lastClosed : new DateOnly(lastClosed.Year, lastClosed.Month, 1).AddDays(-1);
        var built = (await RollUpAsync(new DateOnly(lastMonthEnd.Year, lastMonthEnd.Month, 1).AddMonths(-35), lastMonthEnd, cancellationToken)).Built.Count;
        for (var day = lastClosed.AddDays(-61); day <= lastClosed; day = day.AddDays(1))
        {
            built += (await RollUpAsync(day, day, cancellationToken)).Built.Count;
        }

        return built;
    }

    /// <summary>
    /// The rollups of the closed days between the two: those fresh (their JSON is read by the caller
    /// who needs it), and the facts of those just built. The changes are counted first.
    /// </summary>
    private async Task<(List<OrderFacts> Built, List<Stretch> Fresh)> RollUpAsync(DateOnly from, DateOnly closedTo, CancellationToken cancellationToken)
    {
        var changes = await db.SoldDayChanges.AsNoTracking()
            .Where(c => c.Day >= from && c.Day <= closedTo)
            .GroupBy(c => c.Day)
            .Select(g => new { Day = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Day, c => c.Count, cancellationToken);
        var kept = await db.OrderReportRollups.AsNoTracking()
            .Where(r => r.First >= from && r.Last <= closedTo)
            .Select(r => new { r.Id, r.First, r.Last, r.Changes })
            .ToListAsync(cancellationToken);
        var built = new List<OrderFacts>();
        var fresh = new List<Stretch>();
        foreach (var (first, last) in Stretches(from, closedTo))
        {
            var count = changes.Where(c => c.Key >= first && c.Key <= last).Sum(c => c.Value);
            if (kept.FirstOrDefault(r => r.First == first && r.Last == last && r.Changes == count) is { } rollup)
            {
                fresh.Add(new Stretch(rollup.Id, first, last, count));
            }
            else
            {
                built.Add(await BuildAsync(first, last, count, null, cancellationToken));
            }
        }

        return (built, fresh);
    }

    /// <summary>The calendar months wholly between the two days, and each day outside them.</summary>
    private static List<(DateOnly First, DateOnly Last)> Stretches(DateOnly from, DateOnly to)
    {
        var stretches = new List<(DateOnly, DateOnly)>();
        for (var day = from; day <= to;)
        {
            var monthEnd = new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
            if (day.Day == 1 && monthEnd <= to)
            {
                stretches.Add((day, monthEnd));
                day = monthEnd.AddDays(1);
            }
            else
            {
                stretches.Add((day, day));
                day = day.AddDays(1);
            }
        }

        return stretches;
    }

    /// <summary>
    /// Sums the stretch from its lines and keeps the sums in place of an older rollup, written by a
    /// context of its own (never the caller's, which may hold other work), or in place of one this
    /// version cannot read. A rollup of as many changes or more, kept meanwhile by another report or
    /// the round, stays: this report goes on with what it summed.
    /// </summary>
    private async Task<OrderFacts> BuildAsync(DateOnly first, DateOnly last, int changes, Guid? unreadable, CancellationToken cancellationToken)
    {
        var facts = await SumLinesAsync(first, last, null, cancellationToken);
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
        try
        {
            await store.OrderReportRollups
                .Where(r => r.First == first && r.Last == last && (r.Changes < changes || r.Id == unreadable))
                .ExecuteDeleteAsync(cancellationToken);
            if (!await store.OrderReportRollups.AnyAsync(r => r.First == first && r.Last == last, cancellationToken))
            {
                store.OrderReportRollups.Add(new OrderReportRollup(first, last, changes, JsonSerializer.Serialize(facts, Json), clock.GetUtcNow()));
                await store.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException exception)
        {
            RollupKeptElsewhere(logger, exception, first, last);
        }

        return facts;
    }

    private static OrderFacts? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<OrderFacts>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private IQueryable<SoldLine> Lines(DateOnly from, DateOnly to, CooperativeId? cooperativeId)
    {
        var lines = db.SoldLines.AsNoTracking().Where(l => l.Day >= from && l.Day <= to);
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
        var reasons = await db.Parts.AsNoTracking()
            .Where(p => p.Status == PartStatus.Cancelled && lines.Any(l => l.PartId == p.Id))
            .GroupBy(p => p.CancelReason)
            .Select(g => new OrderFacts.Reason(g.Key, g.Count(), g.Sum(p => p.SubtotalVnd)))
            .ToListAsync(cancellationToken);
        return new OrderFacts(groups, days, products, reasons, buyers);
    }

    /// <summary>A rollup found fresh: its id, its days, and the changes it was built with.</summary>
    private sealed record Stretch(Guid Id, DateOnly First, DateOnly Last, int Changes);

    [LoggerMessage(Level = LogLevel.Information, Message = "The orders report's rollup of {First}–{Last} was kept by another report first")]
    private static partial void RollupKeptElsewhere(ILogger logger, Exception exception, DateOnly first, DateOnly last);
}
