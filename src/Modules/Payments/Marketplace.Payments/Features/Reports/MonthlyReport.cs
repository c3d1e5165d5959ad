using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Printing;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.Reports;

/// <summary>The alliance's report of a month (Vietnam's days) as a printable PDF.</summary>
internal sealed record GetMonthlyReportQuery(int Year, int Month) : IQuery<Result<ReportFile>>;

/// <summary>
/// The report the alliance sends upward each month: its cooperatives by province and standing, each
/// one's sales through the marketplace that month with its products on sale, and the certificates
/// in force at the month's end, those running out within three months marked. The sales are the
/// sales report's own figures for the month, so the two never disagree.
/// </summary>
internal sealed class MonthlyReportHandler(ISender sender, IStringLocalizer<PaymentsText> text, TimeProvider clock, IOptions<PdfFontOptions> fonts)
    : IQueryHandler<GetMonthlyReportQuery, Result<ReportFile>>
{
    private const int ExpiringWithinDays = 90;

    public async ValueTask<Result<ReportFile>> Handle(GetMonthlyReportQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (query.Month is < 1 or > 12 || query.Year is < 2000 or > 2100 || new DateOnly(query.Year, query.Month, 1) > today)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["month"] = [Bilingual.Pick("Hãy chọn một tháng đã bắt đầu, từ năm 2000.", "Choose a month that has begun, from 2000 on.")],
            });
        }

        if (PdfFonts.Require(fonts.Value) is { } noFont)
        {
            return noFont;
        }

        var from = new DateOnly(query.Year, query.Month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        var sales = await sender.Send(new GetSalesReportQuery(from, to, ReportGrain.Month, null), cancellationToken);
        if (!sales.IsSuccess)
        {
            return sales.Error!;
        }

        var cooperatives = await sender.Send(new ListCooperativesForReportQuery(to), cancellationToken);
        var products = await sender.Send(new CountProductsOnSaleQuery(), cancellationToken);
        var culture = CultureInfo.CurrentCulture;
        string Amount(Money money) => money.Format(culture);
        string Count(int n) => n.ToString("N0", culture);
        var month = from.ToString("MM/yyyy", CultureInfo.InvariantCulture);
        var selling = cooperatives.Count(c => c.Status == CooperativeStatus.Approved);
        var joined = cooperatives.Count(c => c.ApprovedAt is { } at && VietnamTime.DayOf(at) >= from && VietnamTime.DayOf(at) <= to);
        var totals = sales.Value.Totals;
        var report = new PdfReport(
            text["monthly.title", month],
            [
                text["monthly.summary.cooperatives", Count(selling), Count(joined)],
                text["monthly.summary.sales", Amount(totals.Sales), Amount(totals.Net), Amount(totals.Commission), Count(totals.Parts)],
                text["monthly.printed", today.ToString("d", culture)],
            ],
            [Provinces(cooperatives, Count), Sales(cooperatives, sales.Value, products, Amount, Count), Certificates(cooperatives, to, culture)],
            text["monthly.note"]);
        return new ReportFile($"bao-cao-thang-{from:yyyy-MM}.pdf", "application/pdf", TablePdf.Render(report, landscape: true));
    }

    private PdfTable Provinces(IReadOnlyList<CooperativeForReport> cooperatives, Func<int, string> count)
    {
        CooperativeStatus[][] columns =
        [
            [CooperativeStatus.Approved], [CooperativeStatus.Suspended], [CooperativeStatus.Pending, CooperativeStatus.ChangesRequested],
            [CooperativeStatus.Rejected],
        ];
        List<string?> Row(string name, IEnumerable<CooperativeForReport> those)
        {
            var list = those.ToList();
            return [name, .. columns.Select(statuses => count(list.Count(c => statuses.Contains(c.Status)))), count(list.Count)];
        }

        var rows = cooperatives
            .GroupBy(c => c.Province)
            .OrderByDescending(g => g.Count(c => c.Status == CooperativeStatus.Approved))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string?>)Row(g.Key, g))
            .Append(Row(text["monthly.total"], cooperatives))
            .ToList();
        return new PdfTable(
            text["monthly.byprovince"],
            [
                new PdfColumn(text["monthly.province"], 3), new PdfColumn(text["monthly.approved"], 1.2, Figures: true),
                new PdfColumn(text["monthly.suspended"], 1.2, Figures: true), new PdfColumn(text["monthly.waiting"], 1.2, Figures: true),
                new PdfColumn(text["monthly.rejected"], 1.2, Figures: true), new PdfColumn(text["monthly.total"], 1.2, Figures: true),
            ],
            rows,
            new HashSet<int> { rows.Count - 1 });
    }

    /// <summary>Every cooperative that sold in the month or sells now, the biggest sellers first, and the alliance's total.</summary>
    private PdfTable Sales(
        IReadOnlyList<CooperativeForReport> cooperatives, SalesReport sales, IReadOnlyDictionary<CooperativeId, int> products,
        Func<Money, string> amount, Func<int, string> count)
    {
        var sold = sales.Cooperatives.ToDictionary(c => c.CooperativeId);
        var rows = cooperatives
            .Where(c => c.Status is CooperativeStatus.Approved or CooperativeStatus.Suspended || sold.ContainsKey(c.CooperativeId))
            .Select(c => (Cooperative: c, Figures: sold.GetValueOrDefault(c.CooperativeId)?.Figures))
            .OrderByDescending(r => r.Figures?.Sales.Amount ?? 0)
            .ThenBy(r => r.Cooperative.Name, StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<string?>)
            [
                r.Cooperative.Name, r.Cooperative.Province, count(products.GetValueOrDefault(r.Cooperative.CooperativeId)),
                amount(r.Figures?.Sales ?? Money.Zero), amount(r.Figures?.Refunds ?? Money.Zero), amount(r.Figures?.Net ?? Money.Zero),
                amount(r.Figures?.Commission ?? Money.Zero), count(r.Figures?.Parts ?? 0),
            ])
            .ToList();
        var t = sales.Totals;
        rows.Add(
        [
            text["monthly.total"], null, count(products.Values.Sum()), amount(t.Sales), amount(t.Refunds), amount(t.Net), amount(t.Commission),
            count(t.Parts),
        ]);
        return new PdfTable(
            text["monthly.bycooperative"],
            [
                new PdfColumn(text["report.cooperative"], 3.2), new PdfColumn(text["monthly.province"], 2),
                new PdfColumn(text["monthly.products"], 1, Figures: true),
                new PdfColumn(text["report.sales"], 1.8, Figures: true), new PdfColumn(text["report.refunds"], 1.6, Figures: true),
                new PdfColumn(text["report.net"], 1.8, Figures: true), new PdfColumn(text["report.commission"], 1.6, Figures: true),
                new PdfColumn(text["report.parts"], 1, Figures: true),
            ],
            rows,
            new HashSet<int> { rows.Count - 1 });
    }

    private PdfTable Certificates(IReadOnlyList<CooperativeForReport> cooperatives, DateOnly monthEnd, CultureInfo culture)
    {
        var soon = monthEnd.AddDays(ExpiringWithinDays);
        var rows = cooperatives
            .SelectMany(c => c.Certificates.Select(certificate => (Cooperative: c, Certificate: certificate)))
            .OrderBy(r => r.Certificate.ExpiresOn)
            .ThenBy(r => r.Cooperative.Name, StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<string?>)
            [
                r.Cooperative.Name,
                text["cert." + r.Certificate.Kind] + (r.Certificate.OcopStars is { } stars ? $" {new string('★', stars)}" : string.Empty),
                r.Certificate.Number,
                r.Certificate.ExpiresOn.ToString("d", culture),
                r.Certificate.ExpiresOn <= soon ? text["monthly.expiring"].Value : null,
            ])
            .ToList();
        return new PdfTable(
            text["monthly.certificates", ExpiringWithinDays],
            [
                new PdfColumn(text["report.cooperative"], 3.2), new PdfColumn(text["monthly.kind"], 1.6), new PdfColumn(text["monthly.number"], 2),
                new PdfColumn(text["monthly.expires"], 1.4), new PdfColumn(string.Empty, 1.6),
            ],
            rows);
    }
}
