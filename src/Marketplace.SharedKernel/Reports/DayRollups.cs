using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Reports;

/// <summary>
/// A report's figures of a closed stretch of days (a calendar month, or one day), summed once and
/// kept as JSON, so a year's report reads twelve rows instead of every line under them. It holds
/// only while the stretch's count of <see cref="ClosedDayChange"/> rows is the one it was built
/// with: a change to its days makes it stale, and it is built again (<see cref="DayRollupReader{TContext, TFacts}"/>).
/// </summary>
public sealed class DayRollup
{
    private DayRollup()
    {
    }

    public DayRollup(string report, DateOnly first, DateOnly last, int changes, string facts, DateTimeOffset builtAt)
    {
        Id = Guid.NewGuid();
        Report = report;
        First = first;
        Last = last;
        Changes = changes;
        Facts = facts;
        BuiltAt = builtAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Which of the module's reports the figures are of ("orders", "sales" …).</summary>
    public string Report { get; private set; } = string.Empty;

    public DateOnly First { get; private set; }

    public DateOnly Last { get; private set; }

    /// <summary>The stretch's changes counted before its rows were read.</summary>
    public int Changes { get; private set; }

    public string Facts { get; private set; } = string.Empty;

    public DateTimeOffset BuiltAt { get; private set; }

    /// <summary>
    /// The last day a rollup may cover: the day before yesterday in Vietnam. A row saved just after
    /// midnight may still fall on yesterday; one of an earlier day is noted as a change.
    /// </summary>
    public static DateOnly LastClosedDay(DateOnly today) => today.AddDays(-2);
}

/// <summary>
/// A change to the rows of a report's day already closed (a part cancelled, a sale booked late).
/// Only ever added, in the same save as the change, so a rollup of that day can tell it is stale
/// by counting them.
/// </summary>
public sealed class ClosedDayChange
{
    private ClosedDayChange()
    {
    }

    public ClosedDayChange(string report, DateOnly day)
    {
        Id = Guid.NewGuid();
        Report = report;
        Day = day;
    }

    public Guid Id { get; private set; }

    public string Report { get; private set; } = string.Empty;

    public DateOnly Day { get; private set; }
}

public static class DayRollupModel
{
    public const int ReportLength = 40;

    /// <summary>The module's tables of report rollups and of changes to closed days.</summary>
    public static void HasDayRollups(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<DayRollup>(rollup =>
        {
            rollup.ToTable("report_rollups");
            rollup.HasKey(r => r.Id);
            rollup.Property(r => r.Report).HasMaxLength(ReportLength);
            rollup.HasIndex(r => new { r.Report, r.First, r.Last }).IsUnique(); // two reports building the same rollup at once: one is kept
        });
        modelBuilder.Entity<ClosedDayChange>(change =>
        {
            change.ToTable("report_day_changes");
            change.HasKey(c => c.Id);
            change.Property(c => c.Report).HasMaxLength(ReportLength);
            change.HasIndex(c => new { c.Report, c.Day });
        });
    }

    /// <summary>Notes a change to each of these days that is closed for rollups, in the context's next save.</summary>
    public static void NoteChangedDays(this DbContext db, string report, IEnumerable<DateOnly> days, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(db);
        var lastClosed = DayRollup.LastClosedDay(today);
        var closed = days.Where(day => day <= lastClosed).Distinct().ToList(); // read before adding: the days may come from the change tracker
        db.Set<ClosedDayChange>().AddRange(closed.Select(day => new ClosedDayChange(report, day)));
    }
}
