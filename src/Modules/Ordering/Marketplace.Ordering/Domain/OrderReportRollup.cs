namespace Marketplace.Ordering.Domain;

/// <summary>
/// The orders report's figures of a closed stretch of days (a month, or a day), summed once and kept
/// as JSON (<see cref="Features.OrderReports.OrderFacts"/>), so a year's report reads twelve rows
/// instead of every line. It holds only while the stretch's count of <see cref="SoldDayChange"/>
/// rows is the one it was built with; a change to its days makes it stale, and it is built again.
/// </summary>
internal sealed class OrderReportRollup
{
    private OrderReportRollup()
    {
    }

    public OrderReportRollup(DateOnly first, DateOnly last, int changes, string facts, DateTimeOffset builtAt)
    {
        Id = Guid.NewGuid();
        First = first;
        Last = last;
        Changes = changes;
        Facts = facts;
        BuiltAt = builtAt;
    }

    public Guid Id { get; private set; }

    /// <summary>
    /// The last day a rollup may cover: the day before yesterday in Vietnam. An order saved just
    /// after midnight may still fall on yesterday; one placed earlier than that is noted as a change.
    /// </summary>
    public static DateOnly LastClosedDay(DateOnly today) => today.AddDays(-2);

    public DateOnly First { get; private set; }

    public DateOnly Last { get; private set; }

    /// <summary>The stretch's changes counted before its lines were read.</summary>
    public int Changes { get; private set; }

    public string Facts { get; private set; } = string.Empty;

    public DateTimeOffset BuiltAt { get; private set; }
}
