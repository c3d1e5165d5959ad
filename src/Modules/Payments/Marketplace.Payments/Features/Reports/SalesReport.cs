using System.Text.Json.Serialization;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
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
/// they were booked. The database sums the span asked for by day and cooperative (the ledger's
/// index by day), and those sums are rolled up into weeks (Monday first), months or years.
/// </summary>
internal sealed class SalesReportHandler(PaymentsDbContext db, ISender sender, IStringLocalizer<PaymentsText> text)
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
        var previousFrom = query.From.AddDays(-span);
        var rows = await RowsAsync(previousFrom, query.To, query.CooperativeId, cancellationToken);
        var current = rows.Where(r => r.Day >= query.From).ToList();
        var periods = current.GroupBy(r => ReportPeriods.Start(r.Day, query.Grain))
            .OrderBy(g => g.Key)
            .Select(g => new SalesPeriod(g.Key, ReportPeriods.Label(g.Key, query.Grain), Figures(g)))
            .ToList();
        var cooperatives = current.GroupBy(r => r.CooperativeId)
            .Select(g => new CooperativeSales(g.Key, g.First().Name, Figures(g)))
            .OrderByDescending(c => c.Figures.Sales.Amount)
            .ToList();
        return new SalesReport(
            query.From, query.To, query.Grain, Figures(current), Figures(rows.Where(r => r.Day < query.From)), Fill(periods, query), cooperatives);
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

    /// <summary>
    /// The span's sales, refunds and commission by day and cooperative, summed by the database from
    /// the ledger's (day, kind, cooperative, amount) index: a year of a million lines is one pass
    /// over an index, not a million entries read. The names are the cooperatives' own, today's.
    /// </summary>
    private async Task<List<DayRow>> RowsAsync(DateOnly from, DateOnly to, CooperativeId? cooperativeId, CancellationToken cancellationToken)
    {
        var entries = db.Ledger.AsNoTracking().Where(e => e.Day >= from && e.Day <= to
            && (e.Kind == LedgerEntryKind.Sale || e.Kind == LedgerEntryKind.Refund || e.Kind == LedgerEntryKind.Commission));
        if (cooperativeId is { } only)
        {
            entries = entries.Where(e => e.CooperativeId == only);
        }

        var sums = await entries
            .GroupBy(e => new { e.Day, e.CooperativeId, e.Kind })
            .Select(g => new { g.Key.Day, g.Key.CooperativeId, g.Key.Kind, AmountVnd = g.Sum(e => e.AmountVnd), Count = g.Count() })
            .ToListAsync(cancellationToken);
        var cooperatives = sums.Select(s => s.CooperativeId).Distinct().ToList();
        var names = cooperatives.Count == 0
            ? new Dictionary<CooperativeId, string>()
            : (await sender.Send(new GetCooperativeStandingsQuery(cooperatives), cancellationToken)).ToDictionary(c => c.CooperativeId, c => c.Name);
        return [.. sums
            .GroupBy(s => (s.Day, s.CooperativeId))
            .Select(g => new DayRow(
                g.Key.Day, g.Key.CooperativeId, names.GetValueOrDefault(g.Key.CooperativeId) ?? string.Empty,
                g.Where(s => s.Kind == LedgerEntryKind.Sale).Sum(s => s.AmountVnd),
                -g.Where(s => s.Kind == LedgerEntryKind.Refund).Sum(s => s.AmountVnd),
                -g.Where(s => s.Kind == LedgerEntryKind.Commission).Sum(s => s.AmountVnd),
                g.Where(s => s.Kind == LedgerEntryKind.Sale).Sum(s => s.Count)))];
    }

    private static SalesFigures Figures(IEnumerable<DayRow> rows)
    {
        var list = rows as IReadOnlyCollection<DayRow> ?? [.. rows];
        var sales = list.Sum(r => r.Sales);
        var refunds = list.Sum(r => r.Refunds);
        var parts = list.Sum(r => r.Parts);
        return new SalesFigures(
            Money.Dong(sales), Money.Dong(refunds), Money.Dong(sales - refunds), Money.Dong(list.Sum(r => r.Commission)), parts,
            Money.Dong(parts == 0 ? 0 : (long)Math.Round((decimal)sales / parts, MidpointRounding.AwayFromZero)));
    }

    /// <summary>Every period of the span, those with no sale too: a chart with gaps left out would lie about the time between.</summary>
    private static List<SalesPeriod> Fill(List<SalesPeriod> periods, GetSalesReportQuery query)
    {
        var byStart = periods.ToDictionary(p => p.Start);
        return [.. ReportPeriods.Of(query.From, query.To, query.Grain)
            .Select(start => byStart.GetValueOrDefault(start) ?? new SalesPeriod(start, ReportPeriods.Label(start, query.Grain), Figures([])))];
    }

    private sealed record DayRow(DateOnly Day, CooperativeId CooperativeId, string Name, long Sales, long Refunds, long Commission, int Parts);
}
