using System.Globalization;
using Marketplace.SharedKernel.Text;

namespace Marketplace.SharedKernel.Reports;

public enum ReportGrain
{
    Day,
    Week,
    Month,
    Year,
}

/// <summary>
/// The periods a report's span is cut into (days, weeks from Monday, months, years) and how a
/// period is named on a page and in a spreadsheet: one cut for every report, so that the sales and
/// the orders of a month are the same month.
/// </summary>
public static class ReportPeriods
{
    /// <summary>The longest span a report covers: three years, each compared with the three before.</summary>
    public const int MaxDays = 3 * 366;

    /// <summary>What is wrong with a span and grain asked for, by field (<c>to</c>, <c>grain</c>); none when both hold.</summary>
    public static Dictionary<string, string[]> Problems(DateOnly from, DateOnly to, ReportGrain grain)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (to < from || to.DayNumber - from.DayNumber >= MaxDays || from.Year < 2000 || to.Year > 2100)
        {
            errors["to"] = [Bilingual.Pick("Khoảng ngày phải từ 1 ngày đến 3 năm trong 2000–2100, ngày kết thúc sau ngày bắt đầu.",
                "The span must be 1 day to 3 years within 2000–2100, its end after its start.")];
        }

        if (!Enum.IsDefined(grain))
        {
            errors["grain"] = [Bilingual.Pick("Kỳ là Day, Week, Month hoặc Year.", "The grain is Day, Week, Month or Year.")];
        }

        return errors;
    }

    public static DateOnly Start(DateOnly day, ReportGrain grain) => grain switch
    {
        ReportGrain.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        ReportGrain.Month => new DateOnly(day.Year, day.Month, 1),
        ReportGrain.Year => new DateOnly(day.Year, 1, 1),
        _ => day,
    };

    public static DateOnly Next(DateOnly start, ReportGrain grain) => grain switch
    {
        ReportGrain.Week => start.AddDays(7),
        ReportGrain.Month => start.AddMonths(1),
        ReportGrain.Year => start.AddYears(1),
        _ => start.AddDays(1),
    };

    public static string Label(DateOnly start, ReportGrain grain) => grain switch
    {
        ReportGrain.Week => Bilingual.Pick($"Tuần {start.ToString("dd/MM", CultureInfo.InvariantCulture)}", $"Week of {start:yyyy-MM-dd}"),
        ReportGrain.Month => start.ToString("MM/yyyy", CultureInfo.InvariantCulture),
        ReportGrain.Year => start.Year.ToString(CultureInfo.InvariantCulture),
        _ => Bilingual.Pick(start.ToString("dd/MM", CultureInfo.InvariantCulture), start.ToString("MM-dd", CultureInfo.InvariantCulture)),
    };

    /// <summary>The start of every period of the span, those with nothing in them too: a chart with gaps left out would lie about the time between.</summary>
    public static IEnumerable<DateOnly> Of(DateOnly from, DateOnly to, ReportGrain grain)
    {
        for (var start = Start(from, grain); start <= to; start = Next(start, grain))
        {
            yield return start;
        }
    }
}

/// <summary>
/// A headline figure of a report's span against the span before it (<c>_ReportCards</c>): a count, or
/// a sum of money said at a glance; a change for the better shown as such, which for cancellations is fewer.
/// </summary>
public sealed record ReportCard(string Label, long Now, long Before, bool IsMoney = false, bool FewerIsBetter = false);
