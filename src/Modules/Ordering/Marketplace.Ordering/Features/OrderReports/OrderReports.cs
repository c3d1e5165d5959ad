using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;

namespace Marketplace.Ordering.Features.OrderReports;

/// <summary>
/// What was ordered in a span: orders and parts not cancelled, their goods (before delivery fees and
/// refunds, which the sales report counts), the average order, and the parts cancelled.
/// </summary>
internal sealed record OrderFigures(int Orders, int Parts, Money Goods, Money AverageOrder, int CancelledParts, Money CancelledGoods, int Buyers,
    int RepeatBuyers);

/// <summary>One row of a breakdown: a payment method, a province, a category or a product, with what was ordered of it.</summary>
internal sealed record OrderBreakdown(string Key, string Label, int? Orders, int Quantity, Money Goods, decimal Share);

/// <summary>A period of the span (a day, week, month or year) and what was ordered in it.</summary>
internal sealed record OrderPeriod(DateOnly Start, string Label, int Orders, Money Goods);

/// <summary>Why parts were cancelled: the reason as written (or none), how many parts and their goods.</summary>
internal sealed record CancellationReason(string Reason, int Parts, Money Goods);

/// <summary>A part not shipped yet although its order was placed days ago.</summary>
internal sealed record LatePart(
    OrderId OrderId, OrderPartId PartId, string Number, [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId, string Cooperative,
    PartStatus Status, DateOnly PlacedOn, int DaysWaiting, Money Total);

/// <summary>
/// The orders report of the alliance, or of one cooperative: the span's figures against the span of
/// equal length before it, by payment method, province, category and product, why parts were
/// cancelled, and (now, not for the span) the parts waiting too long to ship.
/// </summary>
internal sealed record OrdersReport(
    DateOnly From,
    DateOnly To,
    OrderFigures Totals,
    OrderFigures Previous,
    ReportGrain Grain,
    IReadOnlyList<OrderPeriod> Periods,
    IReadOnlyList<OrderBreakdown> Methods,
    IReadOnlyList<OrderBreakdown> Provinces,
    IReadOnlyList<OrderBreakdown> Categories,
    IReadOnlyList<OrderBreakdown> Products,
    IReadOnlyList<CancellationReason> Cancellations,
    int LateAfterDays,
    int LateCount,
    IReadOnlyList<LatePart> Late);

/// <summary>The report between two days in Vietnam (both included); for one cooperative when it names one.</summary>
internal sealed record GetOrdersReportQuery(
    DateOnly From, DateOnly To, CooperativeId? CooperativeId, ReportGrain Grain = ReportGrain.Day, int LateAfterDays = 2)
    : IQuery<Result<OrdersReport>>;

/// <summary>The report's tables as one Excel workbook of a sheet each, or one CSV of them one under another.</summary>
internal sealed record ExportOrdersReportQuery(DateOnly From, DateOnly To, CooperativeId? CooperativeId, ReportGrain Grain, int LateAfterDays, bool Excel)
    : IQuery<Result<OrdersReportFile>>;

internal sealed record OrdersReportFile(string FileName, string ContentType, byte[] Content);

internal static class OrdersReportLimits
{
    public const int Products = 20;

    public const int LateShown = 50;

    public static Error? Check(DateOnly from, DateOnly to, ReportGrain grain, int lateAfterDays)
    {
        var errors = ReportPeriods.Problems(from, to, grain);
        if (lateAfterDays is < 1 or > 60)
        {
            errors["lateAfterDays"] = [Bilingual.Pick("Số ngày chờ giao là từ 1 đến 60.", "Days waiting to ship is 1 to 60.")];
        }

        return errors.Count == 0 ? null : Error.Validation(errors);
    }
}
