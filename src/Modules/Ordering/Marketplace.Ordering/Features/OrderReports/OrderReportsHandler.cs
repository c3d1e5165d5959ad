using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>
/// The orders report, from the facts of its span and of the span before it (<see cref="OrderFactsReader"/>:
/// summed from the order lines kept for reports, or from rollups of closed months and days).
/// Categories are the products' categories in the catalog today, rolled up from the products.
/// </summary>
internal sealed class OrderReportsHandler(
    OrderingDbContext db, OrderFactsReader reader, ISender sender, TimeProvider clock, IStringLocalizer<OrderingText> text,
    IStringLocalizer<SharedText> shared)
    : IQueryHandler<GetOrdersReportQuery, Result<OrdersReport>>,
      IQueryHandler<ExportOrdersReportQuery, Result<OrdersReportFile>>
{
    public async ValueTask<Result<OrdersReport>> Handle(GetOrdersReportQuery query, CancellationToken cancellationToken)
    {
        if (OrdersReportLimits.Check(query.From, query.To, query.Grain, query.LateAfterDays) is { } refused)
        {
            return refused;
        }

        var span = query.To.DayNumber - query.From.DayNumber + 1;
        var facts = await reader.ReadAsync(query.From, query.To, query.CooperativeId, cancellationToken);
        var before = await reader.ReadAsync(query.From.AddDays(-span), query.From.AddDays(-1), query.CooperativeId, cancellationToken);
        var totals = Figures(facts);
        var kept = facts.Groups.Where(g => !g.Cancelled).ToList();
        var methods = Breakdown(kept.GroupBy(g => g.Method.ToString()), key => shared["payment." + key].Value, totals.Goods.Amount);
        var provinces = Breakdown(
            kept.GroupBy(g => string.IsNullOrWhiteSpace(g.Province) ? string.Empty : g.Province),
            key => key.Length == 0 ? text["ordersreport.unknown"].Value : key,
            totals.Goods.Amount);
        var (categories, products) = await ProductsAsync(facts.Products, totals.Goods.Amount, cancellationToken);
        var (lateCount, late) = await LateAsync(query, cancellationToken);
        return new OrdersReport(
            query.From, query.To, totals, Figures(before), query.Grain, Periods(query, facts.Days), methods, provinces, categories, products,
            Cancellations(facts.Reasons), query.LateAfterDays, lateCount, late);
    }

    public async ValueTask<Result<OrdersReportFile>> Handle(ExportOrdersReportQuery query, CancellationToken cancellationToken)
    {
        var result = await Handle(new GetOrdersReportQuery(query.From, query.To, query.CooperativeId, query.Grain, query.LateAfterDays), cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var report = result.Value;
        string[] breakdownHeadings = [text["ordersreport.orders"], text["ordersreport.quantity"], text["ordersreport.goods"], text["ordersreport.share"]];
        List<object?[]> Rows(IEnumerable<OrderBreakdown> rows) =>
            [.. rows.Select(r => new object?[] { r.Label, r.Orders, r.Quantity, r.Goods.Amount, r.Share })];
        var sheets = new List<(string Sheet, IReadOnlyList<string> Headings, IEnumerable<object?[]> Rows)>
        {
            (text["ordersreport.byperiod"], [text["ordersreport.period"], text["ordersreport.orders"], text["ordersreport.goods"]],
                report.Periods.Select(p => new object?[] { p.Label, p.Orders, p.Goods.Amount })),
            (text["ordersreport.bymethod"], [text["ordersreport.method"], .. breakdownHeadings], Rows(report.Methods)),
            (text["ordersreport.byprovince"], [text["ordersreport.province"], .. breakdownHeadings], Rows(report.Provinces)),
            (text["ordersreport.bycategory"], [text["ordersreport.category"], .. breakdownHeadings], Rows(report.Categories)),
            (text["ordersreport.byproduct"], [text["ordersreport.product"], .. breakdownHeadings], Rows(report.Products)),
            (text["ordersreport.cancellations"], [text["ordersreport.reason"], text["ordersreport.parts"], text["ordersreport.goods"]],
                report.Cancellations.Select(c => new object?[] { c.Reason, c.Parts, c.Goods.Amount })),
            (text["ordersreport.late"], [text["ordersreport.number"], text["ordersreport.cooperative"], text["ordersreport.status"],
                text["ordersreport.placed"], text["ordersreport.waiting"], text["ordersreport.total"]],
                report.Late.Select(l => new object?[]
                {
                    l.Number, l.Cooperative, shared["partstatus." + l.Status].Value, l.PlacedOn, l.DaysWaiting, l.Total.Amount,
                })),
        };
        if (query.CooperativeId is { } cooperativeId)
        {
            // A cooperative's own file carries how shoppers rated it, as its report page shows: a bank
            // or a buyer reading the file sees the same as the cooperative sees on screen.
            var ratings = await sender.Send(
                new GetCooperativeRatingsQuery(cooperativeId, VietnamTime.StartOf(query.From), VietnamTime.StartOf(query.To.AddDays(1))), cancellationToken);
            sheets.Add((text["ratings.title"], [text["ordersreport.product"], text["ratings.reviews"], text["ratings.average"]],
                [
                    new object?[] { text["ratings.all"].Value, ratings.Reviews, ratings.Average },
                    .. ratings.Products.Select(p => new object?[] { p.Name, p.Reviews, p.Average }),
                ]));
        }

        var name = $"don-hang-{query.From:yyyy-MM-dd}-{query.To:yyyy-MM-dd}";
        if (query.Excel)
        {
            return new OrdersReportFile($"{name}.xlsx", TableExport.XlsxType, TableExport.Workbook(sheets));
        }

        return new OrdersReportFile($"{name}.csv", TableExport.CsvType, TableExport.Csv(text["ordersreport.title"].Value, sheets));
    }

    /// <summary>The orders and goods of each period of the span, from its days (an order has one day, so its count adds up).</summary>
    private static List<OrderPeriod> Periods(GetOrdersReportQuery query, List<OrderFacts.Day> days)
    {
        var byPeriod = days.ToLookup(d => ReportPeriods.Start(d.On, query.Grain));
        return [.. ReportPeriods.Of(query.From, query.To, query.Grain)
            .Select(start => new OrderPeriod(
                start, ReportPeriods.Label(start, query.Grain), byPeriod[start].Sum(d => d.Orders), Money.Dong(byPeriod[start].Sum(d => d.Goods))))];
    }

    /// <summary>The span's figures; its buyers are those with an order not wholly cancelled, repeat buyers those with two or more.</summary>
    private static OrderFigures Figures(OrderFacts facts)
    {
        var kept = facts.Groups.Where(g => !g.Cancelled).ToList();
        var cancelled = facts.Groups.Where(g => g.Cancelled).ToList();
        var orders = kept.Sum(g => g.Orders);
        var goods = kept.Sum(g => g.Goods);
        return new OrderFigures(
            orders,
            kept.Sum(g => g.Parts),
            Money.Dong(goods),
            Money.Dong(orders == 0 ? 0 : (long)Math.Round((decimal)goods / orders, MidpointRounding.AwayFromZero)),
            cancelled.Sum(g => g.Parts), Money.Dong(cancelled.Sum(g => g.Goods)),
            facts.Buyers.Count(b => b.Value > 0), facts.Buyers.Count(b => b.Value >= 2));
    }

    private static List<OrderBreakdown> Breakdown(IEnumerable<IGrouping<string, OrderFacts.Group>> rows, Func<string, string> label, long total) =>
        [.. rows
            .Select(g => new OrderBreakdown(
                g.Key, label(g.Key), g.Sum(x => x.Orders), g.Sum(x => x.Quantity), Money.Dong(g.Sum(x => x.Goods)), Share(g.Sum(x => x.Goods), total)))
            .OrderByDescending(r => r.Goods.Amount)
            .ThenBy(r => r.Label, StringComparer.Ordinal)];

    private static decimal Share(long part, long total) => total == 0 ? 0 : Math.Round(part * 100m / total, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// The span's products (a variant and its SKU at one cooperative; a quoted line has no variant),
    /// the best sold first, and the categories they roll up to. A category's orders are left out: an
    /// order buying two of its products would count twice. A product's key is its cooperative and SKU.
    /// </summary>
    private async Task<(List<OrderBreakdown> Categories, List<OrderBreakdown> Products)> ProductsAsync(
        List<OrderFacts.Product> rows, long total, CancellationToken cancellationToken)
    {
        // A quote accepted for a catalog SKU may hold no stock: its lines have no variant, but they are the same product.
        var products = rows
            .GroupBy(r => (r.CooperativeId, r.Sku))
            .Select(g => new
            {
                Key = $"{g.Key.CooperativeId}/{g.Key.Sku}",
                g.Key.Sku,
                VariantId = g.Select(r => r.VariantId).FirstOrDefault(v => v is not null),
                Name = g.Max(r => r.Name)!,
                Orders = g.Sum(r => r.Orders),
                Quantity = g.Sum(r => r.Quantity),
                Goods = g.Sum(r => r.Goods),
            })
            .ToList();
        var variants = products.Where(p => p.VariantId is not null).Select(p => p.VariantId!.Value).Distinct().ToList();
        var categoryOf = variants.Count == 0
            ? new Dictionary<VariantId, Guid>()
            : await sender.Send(new GetVariantCategoriesQuery(variants), cancellationToken);
        var tree = (await sender.Send(new ListCategoriesQuery(), cancellationToken)).ToDictionary(c => c.CategoryId);
        string CategoryName(Guid id)
        {
            var names = new List<string>();
            var at = tree.GetValueOrDefault(id);
            while (at is not null && names.Count < 10) // a tree, but a loop in bad data must not hang the report
            {
                names.Insert(0, Bilingual.Pick(at.Name, at.NameEnglish));
                at = at.ParentId is { } parent ? tree.GetValueOrDefault(parent) : null;
            }

            return string.Join(" › ", names);
        }

        var categories = products
            .GroupBy(p => p.VariantId is { } v && categoryOf.TryGetValue(v, out var category) && tree.ContainsKey(category) ? category : Guid.Empty)
            .Select(g => new OrderBreakdown(
                g.Key == Guid.Empty ? string.Empty : g.Key.ToString(), g.Key == Guid.Empty ? text["ordersreport.nocategory"].Value : CategoryName(g.Key),
                Orders: null, g.Sum(p => p.Quantity), Money.Dong(g.Sum(p => p.Goods)), Share(g.Sum(p => p.Goods), total)))
            .OrderByDescending(r => r.Goods.Amount)
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ToList();
        var best = products
            .OrderByDescending(p => p.Goods)
            .ThenBy(p => p.Sku, StringComparer.Ordinal)
            .Take(OrdersReportLimits.Products)
            .Select(p => new OrderBreakdown(p.Key, $"{p.Name} · {p.Sku}", p.Orders, p.Quantity, Money.Dong(p.Goods), Share(p.Goods, total)))
            .ToList();
        return (categories, best);
    }

    /// <summary>The parts of the span's orders that were cancelled, by the reason given (as written), the most frequent first.</summary>
    private List<CancellationReason> Cancellations(List<OrderFacts.Reason> reasons) =>
        [.. reasons
            .GroupBy(r => string.IsNullOrWhiteSpace(r.Text) ? string.Empty : r.Text.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new CancellationReason(
                g.Key.Length == 0 ? text["ordersreport.noreason"].Value : g.Key, g.Sum(r => r.Parts), Money.Dong(g.Sum(r => r.Goods))))
            .OrderByDescending(r => r.Parts)
            .ThenBy(r => r.Reason, StringComparer.Ordinal)];

    /// <summary>
    /// Parts not shipped yet whose order was placed more than the days asked ago, the oldest first
    /// (an order's number begins with its day). A part still waiting for its money is not the
    /// cooperative's delay, and is left out.
    /// </summary>
    private async Task<(int Count, List<LatePart> Parts)> LateAsync(GetOrdersReportQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var placedBefore = VietnamTime.StartOf(today.AddDays(-query.LateAfterDays + 1)); // placed on the cutoff day or before
        var open = db.Parts.AsNoTracking()
            .Where(p => (p.Status == PartStatus.Placed || p.Status == PartStatus.Confirmed || p.Status == PartStatus.Packed) && !p.AwaitingPayment);
        if (query.CooperativeId is { } only)
        {
            open = open.Where(p => p.CooperativeId == only);
        }

        // The open parts are few (the index on their state finds them); each one's order says when it was placed.
        // They are read whole and sorted here: asked for the first fifty by number, PostgreSQL walks every order.
        var late = await open
            .Join(db.Orders.Where(o => o.PlacedAt < placedBefore), p => p.OrderId, o => o.Id, (p, o) => new
            {
                o.Number,
                o.PlacedAt,
                p.OrderId,
                PartId = p.Id,
                p.CooperativeId,
                p.VendorName,
                p.Status,
                p.SubtotalVnd,
                p.ShippingFeeVnd,
                p.DiscountVnd,
            })
            .ToListAsync(cancellationToken);
        var count = late.Count;
        var rows = late.OrderBy(r => r.Number, StringComparer.Ordinal).Take(OrdersReportLimits.LateShown);
        return (count, [.. rows.Select(r =>
        {
            var placed = VietnamTime.DayOf(r.PlacedAt);
            return new LatePart(r.OrderId, r.PartId, r.Number, r.CooperativeId, r.VendorName, r.Status, placed, today.DayNumber - placed.DayNumber,
                Money.Dong(r.SubtotalVnd + r.ShippingFeeVnd - r.DiscountVnd));
        })]);
    }
}
