using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.SharedKernel.Reports;

/// <summary>
/// What every report page asks and shows the same way: a span of Vietnamese days and a grain in
/// its query string (<c>_ReportSpan</c>), the span it shows when none is asked, and a refused span
/// said in one line on the page.
/// </summary>
public abstract class ReportPageModel(TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReportGrain? Grain { get; set; }

    public string? Problem { get; protected set; }

    protected TimeProvider Clock { get; } = clock;

    /// <summary>The first day shown when none is asked: by default the first of this month.</summary>
    protected virtual DateOnly DefaultFrom(DateOnly today) => new(today.Year, today.Month, 1);

    protected virtual ReportGrain DefaultGrain => ReportGrain.Day;

    /// <summary>The span and grain asked, or the defaults up to today; the page shows what it was given.</summary>
    protected (DateOnly From, DateOnly To, ReportGrain Grain) Span()
    {
        var today = Clock.Today();
        From ??= DefaultFrom(today);
        To ??= today;
        Grain ??= DefaultGrain;
        return (From.Value, To.Value, Grain.Value);
    }

    /// <summary>Why a report was refused, as one line: the fields' messages, or the error's.</summary>
    protected static string Said(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return string.Join(" ", error.Fields?.Values.SelectMany(m => m) ?? [error.Message]);
    }
}
