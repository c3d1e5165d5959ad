using System.Globalization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Payments.Features.Reports;

/// <summary>How the alliance did: sales by period with a chart, against the period before, and by cooperative; both tables as files.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class ReportsModel(ISender sender, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReportGrain Grain { get; set; } = ReportGrain.Day;

    [BindProperty(SupportsGet = true, Name = "vendor")]
    public CooperativeId? Cooperative { get; set; }

    public SalesReport? Report { get; private set; }

    public string? Problem { get; private set; }

    public string? MonthlyProblem { get; private set; }

    /// <summary>The month the monthly report offers first: the last one ended.</summary>
    public string LastMonth => clock.Today().AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public IReadOnlyList<StorefrontSummary> Cooperatives { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Cooperatives = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
        var (from, to) = Span();
        var report = await sender.Send(new GetSalesReportQuery(from, to, Grain, Cooperative), cancellationToken);
        if (report.IsSuccess)
        {
            Report = report.Value;
        }
        else
        {
            Problem = report.Error!.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? report.Error.Message;
        }
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var (from, to) = Span();
        var file = await sender.Send(
            new ExportSalesReportQuery(from, to, Grain, Cooperative, string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)), cancellationToken);
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

    /// <summary>This month so far (Vietnam's days) unless asked otherwise.</summary>
    private (DateOnly From, DateOnly To) Span()
    {
        var today = clock.Today();
        From ??= new DateOnly(today.Year, today.Month, 1);
        To ??= today;
        return (From.Value, To.Value);
    }
}
