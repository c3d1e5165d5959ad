using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>
/// A cooperative's own report: its orders by period, best sellers, buyers who came back, where they
/// live, what it cancelled or has yet to ship, and how shoppers rated its products.
/// </summary>
[Authorize]
internal sealed class CooperativeReportModel(ISender sender, TimeProvider clock) : OrdersReportPageModel(sender, clock)
{
    private readonly ISender sender = sender;

    public CooperativeId Id { get; private set; }

    /// <summary>How shoppers rated its products in the span; and the average of the span before, to compare.</summary>
    public CooperativeRatings? Ratings { get; private set; }

    public decimal? PreviousAverage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        if (!await OrderReportEndpoints.MayReadAsync(sender, id, User, cancellationToken))
        {
            return NotFound();
        }

        Id = id;
        await LoadAsync(id, cancellationToken);
        if (Report is { } report)
        {
            var span = report.To.DayNumber - report.From.DayNumber + 1;
            Ratings = await sender.Send(
                new GetCooperativeRatingsQuery(id, VietnamTime.StartOf(report.From), VietnamTime.StartOf(report.To.AddDays(1))), cancellationToken);
            var before = new GetCooperativeRatingsQuery(id, VietnamTime.StartOf(report.From.AddDays(-span)), VietnamTime.StartOf(report.From));
            PreviousAverage = (await sender.Send(before, cancellationToken)).Average;
        }

        return Page();
    }

    /// <summary>A cooperative looks at its last twelve months, month by month, unless it asks otherwise.</summary>
    protected override DateOnly DefaultFrom(DateOnly today) => new DateOnly(today.Year, today.Month, 1).AddMonths(-11);

    protected override ReportGrain DefaultGrain => ReportGrain.Month;

    public async Task<IActionResult> OnGetExportAsync(CooperativeId id, string? format, CancellationToken cancellationToken) =>
        await OrderReportEndpoints.MayReadAsync(sender, id, User, cancellationToken) ? await ExportAsync(id, format, cancellationToken) : NotFound();
}
