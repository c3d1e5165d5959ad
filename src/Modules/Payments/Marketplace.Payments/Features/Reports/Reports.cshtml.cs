using System.Globalization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Payments.Features.Reports;

/// <summary>How the alliance did: sales by period with a chart, against the period before, and by cooperative; both tables as files.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class ReportsModel(ISender sender, TimeProvider clock) : ReportPageModel(clock)
{
    [BindProperty(SupportsGet = true, Name = "vendor")]
    public CooperativeId? Cooperative { get; set; }

    public SalesReport? Report { get; private set; }

    public string? MonthlyProblem { get; private set; }

    /// <summary>The month the monthly report offers first: the last one ended.</summary>
    public string LastMonth => Clock.Today().AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public IReadOnlyList<StorefrontSummary> Cooperatives { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cooperatives = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
        var (from, to, grain) = Span();
        var report = await sender.Send(new GetSalesReportQuery(from, to, grain, Cooperative), cancellationToken);
        if (report.IsSuccess)
        {
            Report = report.Value;
        }
        else
        {
            Problem = Said(report.Error!);
        }
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var (from, to, grain) = Span();
        var file = await sender.Send(
            new ExportSalesReportQuery(from, to, grain, Cooperative, string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)), cancellationToken);
        return file.IsSuccess ? File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : BadRequest();
    }

    /// <summary>The month's report to print ("2026-11", as a month input sends it); a month not begun or not a month says why.</summary>
    public async Task<IActionResult> OnGetMonthlyAsync(string? month, CancellationToken cancellationToken)
    {
        var asked = DateOnly.TryParseExact($"{month}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first) ? first : default;
        var file = await sender.Send(new GetMonthlyReportQuery(asked.Year, asked.Month), cancellationToken);
        if (file.IsSuccess)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
        }

        await OnGetAsync(cancellationToken);
        MonthlyProblem = file.Error!.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? file.Error.Message;
        return Page();
    }
}
