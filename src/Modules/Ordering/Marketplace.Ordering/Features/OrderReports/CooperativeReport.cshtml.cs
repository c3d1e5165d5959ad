using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>
/// A cooperative's own report: its orders by period, best sellers, buyers who came back, where they
/// live, and what it cancelled or has yet to ship.
/// </summary>
[Authorize]
internal sealed class CooperativeReportModel(ISender sender, TimeProvider clock) : OrdersReportPageModel(sender, clock)
{
    private readonly ISender sender = sender;

    public CooperativeId Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        if (!await OrderReportEndpoints.MayReadAsync(sender, id, User, cancellationToken))
        {
            return NotFound();
        }

        Id = id;
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    /// <summary>A cooperative looks at its last twelve months, month by month, unless it asks otherwise.</summary>
    protected override DateOnly DefaultFrom(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-11);

    protected override ReportGrain DefaultGrain => ReportGrain.Month;

    public async Task<IActionResult> OnGetExportAsync(CooperativeId id, string? format, CancellationToken cancellationToken) =>
        await OrderReportEndpoints.MayReadAsync(sender, id, User, cancellationToken) ? await ExportAsync(id, format, cancellationToken) : NotFound();
}
