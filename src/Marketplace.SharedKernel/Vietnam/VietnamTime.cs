namespace Marketplace.SharedKernel.Vietnam;

/// <summary>
/// Dates as people in Vietnam read them (UTC+7, no daylight saving): a certificate that
/// "expires on 30 June" is still valid on 30 June in Hà Nội, whatever the server's zone.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The moment as a clock in Vietnam shows it: how every page prints a time.</summary>
    public static DateTimeOffset InVietnam(this DateTimeOffset at) => at.ToOffset(Offset);

    /// <summary>The instant a day begins in Vietnam (its midnight, UTC+7): where a span of Vietnamese days starts, and the day after it ends.</summary>
    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    public static DateOnly Today(this TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DayOf(clock.GetUtcNow());
    }

    /// <summary>The day in Vietnam at that moment: the day a report counts it in.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);
}
