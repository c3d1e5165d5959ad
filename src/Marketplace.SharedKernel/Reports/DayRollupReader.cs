using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Marketplace.SharedKernel.Reports;

/// <summary>
/// Reads a report's facts of a span of days (<typeparamref name="TFacts"/>, figures that add up
/// across stretches because each row falls on one day). Its closed days (up to the day before
/// yesterday) are read from rollups, a <see cref="DayRollup"/> per calendar month wholly inside the
/// span and per day of its ragged ends, each summed from the rows the first time it is asked for
/// and again once a change to its days is noted (<see cref="ClosedDayChange"/>); the days after are
/// summed from the rows. The changes are counted before the rows are read, so a change saved while
/// a rollup is being built leaves it stale, never wrong.
/// </summary>
public abstract partial class DayRollupReader<TContext, TFacts>(TContext db, IServiceScopeFactory scopes, TimeProvider clock, ILogger logger)
    : IDayRollups
    where TContext : ModuleDbContext
    where TFacts : class
{
    // A rollup written in an older shape (a property renamed or dropped) fails to read, and is
    // summed again, instead of reading as empty lists.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };

    /// <summary>The report's name in the rollups' table, unique within the module.</summary>
    public abstract string Report { get; }

    /// <inheritdoc/>
    public string Job => $"report-rollups-{Report}";

    /// <summary>The module's context, the caller's: the rollups are read with it and kept by one of their own.</summary>
    protected TContext Db => db;

    /// <summary>The facts of the span (both days included), summed by the database from the report's rows.</summary>
    protected abstract Task<TFacts> SumRowsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken);

    /// <summary>The facts of several stretches as one.</summary>
    protected abstract TFacts Sum(IReadOnlyCollection<TFacts> stretches);

    /// <summary>The facts of the span, both days included: its closed days from rollups, the rest from the rows.</summary>
    public async Task<TFacts> ReadAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var lastClosed = DayRollup.LastClosedDay(clock.Today());
        if (from > lastClosed)
        {
            return await SumRowsAsync(from, to, cancellationToken);
        }

        var closedTo = to < lastClosed ? to : lastClosed;
        var (facts, fresh) = await RollUpAsync(from, closedTo, cancellationToken);
        var ids = fresh.Select(r => r.Id).ToList();
        var kept = await db.Set<DayRollup>().AsNoTracking()
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
            }
            else if (Read(json) is { } read)
            {
                facts.Add(read);
            }
            else
            {
                facts.Add(await BuildAsync(rollup.First, rollup.Last, rollup.Changes, rollup.Id, cancellationToken));
            }
        }

        if (to > closedTo)
        {
            facts.Add(await SumRowsAsync(closedTo.AddDays(1), to, cancellationToken));
        }

        return Sum(facts);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Builds the rollups that reports of the last three years by month, or of any span of the last
    /// two months, read.
    /// </remarks>
    public async Task<int> KeepAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var lastClosed = DayRollup.LastClosedDay(today);
        var lastMonthEnd = lastClosed.AddDays(1).Day == 1 ? lastClosed : new DateOnly(lastClosed.Year, lastClosed.Month, 1).AddDays(-1);
        var built = (await RollUpAsync(new DateOnly(lastMonthEnd.Year, lastMonthEnd.Month, 1).AddMonths(-35), lastMonthEnd, cancellationToken)).Built.Count;
        var days = await RollUpAsync(lastClosed.AddDays(-61), lastClosed, cancellationToken, daysOnly: true);
        return built + days.Built.Count;
    }

    /// <inheritdoc/>
    public Task<bool> TryLeadAsync(string instance, TimeSpan term, CancellationToken cancellationToken) =>
        db.TryLeadAsync(Job, instance, term, clock.GetUtcNow(), cancellationToken);

    /// <summary>
    /// The rollups of the closed days between the two: those fresh (their JSON is read by the caller
    /// who needs it), and the facts of those just built. The changes are counted first.
    /// </summary>
    private async Task<(List<TFacts> Built, List<Stretch> Fresh)> RollUpAsync(
        DateOnly from, DateOnly closedTo, CancellationToken cancellationToken, bool daysOnly = false)
    {
        var report = Report;
        var changes = await db.Set<ClosedDayChange>().AsNoTracking()
            .Where(c => c.Report == report && c.Day >= from && c.Day <= closedTo)
            .GroupBy(c => c.Day)
            .Select(g => new { Day = g.Key, Count = g.Count() })
            .ToDictionaryAsync(c => c.Day, c => c.Count, cancellationToken);
        var kept = await db.Set<DayRollup>().AsNoTracking()
            .Where(r => r.Report == report && r.First >= from && r.Last <= closedTo && (!daysOnly || r.First == r.Last))
            .Select(r => new { r.Id, r.First, r.Last, r.Changes })
            .ToListAsync(cancellationToken);
        var built = new List<TFacts>();
        var fresh = new List<Stretch>();
        foreach (var (first, last) in daysOnly ? Days(from, closedTo) : Stretches(from, closedTo))
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

    private static IEnumerable<(DateOnly First, DateOnly Last)> Days(DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            yield return (day, day);
        }
    }

    /// <summary>
    /// Sums the stretch from its rows and keeps the sums in place of an older rollup, written by a
    /// context of its own (never the caller's, which may hold other work), or in place of one this
    /// version cannot read. A rollup of as many changes or more, kept meanwhile by another report or
    /// the round, stays: this report goes on with what it summed.
    /// </summary>
    private async Task<TFacts> BuildAsync(DateOnly first, DateOnly last, int changes, Guid? unreadable, CancellationToken cancellationToken)
    {
        var facts = await SumRowsAsync(first, last, cancellationToken);
        var report = Report;
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<TContext>();
        var rollups = store.Set<DayRollup>();
        try
        {
            await rollups
                .Where(r => r.Report == report && r.First == first && r.Last == last && (r.Changes < changes || r.Id == unreadable))
                .ExecuteDeleteAsync(cancellationToken);
            if (!await rollups.AnyAsync(r => r.Report == report && r.First == first && r.Last == last, cancellationToken))
            {
                rollups.Add(new DayRollup(report, first, last, changes, JsonSerializer.Serialize(facts, Json), clock.GetUtcNow()));
                await store.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException exception)
        {
            RollupKeptElsewhere(logger, exception, report, first, last);
        }

        return facts;
    }

    private static TFacts? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TFacts>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A rollup found fresh: its id, its days, and the changes it was built with.</summary>
    private sealed record Stretch(Guid Id, DateOnly First, DateOnly Last, int Changes);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Report} report's rollup of {First}–{Last} was kept by another report first")]
    private static partial void RollupKeptElsewhere(ILogger logger, Exception exception, string report, DateOnly first, DateOnly last);
}

/// <summary>A report's rollups, as the round that keeps them built sees them.</summary>
public interface IDayRollups
{
    /// <summary>The round's name, in its lease and its telemetry.</summary>
    string Job { get; }

    /// <summary>Whether this instance keeps the rollups now (see <see cref="ModuleDbContext.TryLeadAsync"/>); ask on a reader of its own.</summary>
    Task<bool> TryLeadAsync(string instance, TimeSpan term, CancellationToken cancellationToken);

    /// <summary>Builds the rollups the reports will read that are missing or stale; returns how many it built (none when all are fresh).</summary>
    Task<int> KeepAsync(DateOnly today, CancellationToken cancellationToken);
}
