namespace Marketplace.Ordering.Domain;

/// <summary>
/// A change to the order lines of a day already closed: a part cancelled (of any day), or lines of a
/// day before yesterday added late. Only ever added, in the same save as the change, so a rollup of
/// that day (<see cref="OrderReportRollup"/>) can tell it is stale by counting them.
/// </summary>
internal sealed class SoldDayChange
{
    private SoldDayChange()
    {
    }

    public SoldDayChange(DateOnly day)
    {
        Id = Guid.NewGuid();
        Day = day;
    }

    public Guid Id { get; private set; }

    public DateOnly Day { get; private set; }
}
