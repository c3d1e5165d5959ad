using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>What the alliance's orders report page and a cooperative's share: the span asked, the report, its files.</summary>
internal abstract class OrdersReportPageModel(ISender sender, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReportGrain? Grain { get; set; }

    [BindProperty(SupportsGet = true)]
    public int LateAfterDays { get; set; } = 2;

    public OrdersReport? Report { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The query string that asks for this report again (its files use it).</summary>
    public string Query => $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&grain={Grain}&lateAfterDays={LateAfterDays}";

    protected async Task LoadAsync(CooperativeId? cooperativeId, CancellationToken cancellationToken)
    {
        var (from, to, grain) = Span();
        var report = await sender.Send(new GetOrdersReportQuery(from, to, cooperativeId, grain, LateAfterDays), cancellationToken);
        if (report.IsSuccess)
        {
            Report = report.Value;
        }
        else
        {
            Problem = string.Join(" ", report.Error!.Fields?.Values.SelectMany(m => m) ?? [report.Error.Message]);
        }
    }

    protected async Task<IActionResult> ExportAsync(CooperativeId? cooperativeId, string? format, CancellationToken cancellationToken)
    {
        var (from, to, grain) = Span();
        var file = await sender.Send(
            new ExportOrdersReportQuery(from, to, cooperativeId, grain, LateAfterDays, string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)),
            cancellationToken);
        return file.IsSuccess ? File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : BadRequest();
    }

    /// <summary>The span shown when none is asked: this month so far, by day.</summary>
    protected virtual DateOnly DefaultFrom(DateOnly today) => new(today.Year, today.Month, 1);

    protected virtual ReportGrain DefaultGrain => ReportGrain.Day;

    private (DateOnly From, DateOnly To, ReportGrain Grain) Span()
    {
        var today = clock.Today();
        From ??= DefaultFrom(today);
        To ??= today;
        Grain ??= DefaultGrain;
        return (From.Value, To.Value, Grain.Value);
    }
}
