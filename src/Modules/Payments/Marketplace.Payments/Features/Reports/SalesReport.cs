using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.Extensions.Localization;

namespace Marketplace.Payments.Features.Reports;

/// <summary>What sold in a span: money in from sales, money given back, what stays, the alliance's commission, and the parts sold.</summary>
internal sealed record SalesFigures(Money Sales, Money Refunds, Money Net, Money Commission, int Parts, Money AveragePart);

internal sealed record SalesPeriod(DateOnly Start, string Label, SalesFigures Figures);

internal sealed record CooperativeSales([property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId, string Name, SalesFigures Figures);

/// <summary>
/// The alliance's sales between two days (Vietnam's, both included), by period and by
/// cooperative, with the same figures for the span of equal length just before, to compare.
/// </summary>
internal sealed record SalesReport(
    DateOnly From,
    DateOnly To,
    ReportGrain Grain,
    SalesFigures Totals,
    SalesFigures Previous,
    IReadOnlyList<SalesPeriod> Periods,
    IReadOnlyList<CooperativeSales> Cooperatives);

internal sealed record GetSalesReportQuery(DateOnly From, DateOnly To, ReportGrain Grain, CooperativeId? CooperativeId) : IQuery<Result<SalesReport>>;

/// <summary>The report's two tables (periods, then cooperatives) as CSV or one Excel workbook of two sheets.</summary>
internal sealed record ExportSalesReportQuery(DateOnly From, DateOnly To, ReportGrain Grain, CooperativeId? CooperativeId, bool Excel)
    : IQuery<Result<ReportFile>>;

internal sealed record ReportFile(string FileName, string ContentType, byte[] Content);

/// <summary>
/// Sales read from the ledger, the book every đồng goes through: a sale is booked when its money
/// came (paid in advance) or when its cash was collected at the door; refunds and commission as
/// they were booked. The span's sums by day and by cooperative (<see cref="SalesFactsReader"/>:
/// from the ledger, or from rollups of closed months and days) are rolled up into weeks (Monday
/// first), months or years.
/// </summary>
internal sealed class SalesReportHandler(SalesFactsReader reader, ISender sender, IStringLocalizer<PaymentsText> text)
    : IQueryHandler<GetSalesReportQuery, Result<SalesReport>>,
      IQueryHandler<ExportSalesReportQuery, Result<ReportFile>>
{
    public async ValueTask<Result<SalesReport>> Handle(GetSalesReportQuery query, CancellationToken cancellationToken)
    {
        if (ReportPeriods.Problems(query.From, query.To, query.Grain) is { Count: > 0 } problems)
        {
            return Error.Validation(problems);
        }

        var span = query.To.DayNumber - query.From.DayNumber + 1;
        var facts = await reader.ReadAsync(query.From, query.To, query.CooperativeId, cancellationToken);
        var before = await reader.ReadAsync(query.From.AddDays(-span), query.From.AddDays(-1), query.CooperativeId, cancellationToken);
        var periods = facts.Days.GroupBy(d => ReportPeriods.Start(d.On, query.Grain))
            .OrderBy(g => g.Key)
            .Select(g => new SalesPeriod(g.Key, ReportPeriods.Label(g.Key, query.Grain), Figures(g.Select(d => d.Figures))))
            .ToList();
        var ids = facts.Cooperatives.Select(c => c.CooperativeId).ToList();
        var names = ids.Count == 0
            ? new Dictionary<CooperativeId, string>()
            : (await sender.Send(new GetCooperativeStandingsQuery(ids), cancellationToken)).ToDictionary(c => c.CooperativeId, c => c.Name);
        var cooperatives = facts.Cooperatives
            .Select(c => new CooperativeSales(c.CooperativeId, names.GetValueOrDefault(c.CooperativeId) ?? string.Empty, Figures([c.Figures])))
            .OrderByDescending(c => c.Figures.Sales.Amount)
            .ToList();
        return new SalesReport(
            query.From, query.To, query.Grain, Figures(facts.Days.Select(d => d.Figures)), Figures(before.Days.Select(d => d.Figures)),
            Fill(periods, query), cooperatives);
    }

    public async ValueTask<Result<ReportFile>> Handle(ExportSalesReportQuery query, CancellationToken cancellationToken)
    {
        var report = await Handle(new GetSalesReportQuery(query.From, query.To, query.Grain, query.CooperativeId), cancellationToken);
        if (!report.IsSuccess)
        {
            return report.Error!;
        }

        string[] figures =
        [
            text["report.sales"], text["report.refunds"], text["report.net"], text["report.commission"], text["report.parts"], text["report.average"],
        ];
        static object?[] Values(SalesFigures f) =>
            [f.Sales.Amount, f.Refunds.Amount, f.Net.Amount, f.Commission.Amount, f.Parts, f.AveragePart.Amount];
        var periodHeadings = new[] { text["report.period"].Value }.Concat(figures).ToList();
        var periodRows = report.Value.Periods.Select(p => new object?[] { p.Label }.Concat(Values(p.Figures)).ToArray()).ToList();
        var cooperativeHeadings = new[] { text["report.cooperative"].Value }.Concat(figures).ToList();
        var cooperativeRows = report.Value.Cooperatives.Select(c => new object?[] { c.Name }.Concat(Values(c.Figures)).ToArray()).ToList();
        var name = $"doanh-so-{query.From:yyyy-MM-dd}-{query.To:yyyy-MM-dd}";
        if (query.Excel)
        {
            return new ReportFile($"{name}.xlsx", TableExport.XlsxType, TableExport.Workbook(
            [
                (text["report.byperiod"].Value, periodHeadings, periodRows),
                (text["report.bycooperative"].Value, cooperativeHeadings, cooperativeRows),
            ]));
        }

        // One CSV holds one table: the periods, then a blank line and the cooperatives under their own headings.
        var blank = new object?[periodHeadings.Count];
        var cooperativeHeadingRow = cooperativeHeadings.Cast<object?>().ToArray();
        return new ReportFile($"{name}.csv", TableExport.CsvType, TableExport.Csv(
            periodHeadings, [.. periodRows, blank, cooperativeHeadingRow, .. cooperativeRows]));
    }

    /// <summary>What stays after refunds, and the average sale per part.</summary>
    private static SalesFigures Figures(IEnumerable<SalesFacts.Sums> sums)
    {
        var (sales, refunds, commission, parts) = SalesFacts.Add(sums);
        return new SalesFigures(
            Money.Dong(sales), Money.Dong(refunds), Money.Dong(sales - refunds), Money.Dong(commission), parts,
            Money.Dong(parts == 0 ? 0 : (long)Math.Round((decimal)sales / parts, MidpointRounding.AwayFromZero)));
    }

    /// <summary>Every period of the span, those with no sale too: a chart with gaps left out would lie about the time between.</summary>
    private static List<SalesPeriod> Fill(List<SalesPeriod> periods, GetSalesReportQuery query)
    {
        var byStart = periods.ToDictionary(p => p.Start);
        return [.. ReportPeriods.Of(query.From, query.To, query.Grain)
            .Select(start => byStart.GetValueOrDefault(start) ?? new SalesPeriod(start, ReportPeriods.Label(start, query.Grain), Figures([])))];
    }
}
