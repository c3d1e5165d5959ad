using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>What the alliance's orders report page and a cooperative's share: the span asked, the report, its files.</summary>
internal abstract class OrdersReportPageModel(ISender sender, TimeProvider clock) : ReportPageModel(clock)
{
    [BindProperty(SupportsGet = true)]
    public int LateAfterDays { get; set; } = 2;

    public OrdersReport? Report { get; private set; }

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
            Problem = Said(report.Error!);
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
}
