using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Vendors.Features.MembersReport;

/// <summary>The alliance's report of who joined: accounts, cooperatives and business buyers, and certificates running out.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class MembersReportModel(ISender sender, TimeProvider clock) : ReportPageModel(clock)
{
    public MembersReport? Report { get; private set; }

    /// <summary>The query string that asks for this report again (its files use it).</summary>
    public string Query => $"from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&grain={Grain}";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (from, to, grain) = Span();
        var report = await sender.Send(new GetMembersReportQuery(from, to, grain), cancellationToken);
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
            new ExportMembersReportQuery(from, to, grain, string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase)), cancellationToken);
        return file.IsSuccess ? File(file.Value.Content, file.Value.ContentType, file.Value.FileName) : BadRequest();
    }

    /// <summary>When none is asked: the last twelve months by month, as the alliance reports upward.</summary>
    protected override DateOnly DefaultFrom(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-11);

    protected override ReportGrain DefaultGrain => ReportGrain.Month;
}
