using System.Text.Json.Serialization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.OrdersDesk;

/// <summary>
/// What the admins' orders desk looks for. <see cref="Search"/> is an order number (with or
/// without its dashes, or a piece of it), a buyer's e-mail, a recipient's name or a phone
/// number; the others narrow by cooperative, a part's state, the payment's state and the days
/// (Vietnam's) the order was placed.
/// </summary>
internal sealed record OrdersDeskFilter(
    string? Search = null,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId? CooperativeId = null,
    PartStatus? Status = null,
    OrderPaymentState? Payment = null,
    DateOnly? From = null,
    DateOnly? To = null);

internal sealed record OrdersDeskPage(IReadOnlyList<OrderView> Orders, int Total, int Page, int PageSize);

/// <summary>Every order matching the filter, newest first, a page at a time.</summary>
internal sealed record SearchOrdersQuery(OrdersDeskFilter Filter, int Page) : IQuery<OrdersDeskPage>;

/// <summary>One order as the admins see it, whoever bought it; <see cref="BuyerId"/> opens its payment.</summary>
internal sealed record DeskOrder(OrderView Order, UserId BuyerId);

internal sealed record GetDeskOrderQuery(OrderId OrderId) : IQuery<Result<DeskOrder>>;

/// <summary>Every order and part matching the filter (up to 100,000 parts), one line a part, as CSV or an Excel workbook.</summary>
internal sealed record ExportOrdersQuery(OrdersDeskFilter Filter, bool Excel) : IQuery<OrdersExport>;

internal sealed record OrdersExport(string FileName, string ContentType, byte[] Content);

/// <summary>
/// The admins' orders desk: every order and part of the marketplace, findable by what a person
/// calling about it knows (a number, an e-mail, a phone), with its payment, fulfilment and refunds.
/// </summary>
internal sealed class OrdersDeskHandler(OrderingDbContext db, IStringLocalizer<OrderingText> text, TimeProvider clock)
    : IQueryHandler<SearchOrdersQuery, OrdersDeskPage>,
      IQueryHandler<GetDeskOrderQuery, Result<DeskOrder>>,
      IQueryHandler<ExportOrdersQuery, OrdersExport>
{
    public const int PageSize = 30;
    private const int ExportLimit = 100_000;

    public async ValueTask<OrdersDeskPage> Handle(SearchOrdersQuery query, CancellationToken cancellationToken)
    {
        var orders = Filtered(query.Filter);
        var total = await orders.CountAsync(cancellationToken);
        var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var found = await orders.OrderByDescending(o => o.PlacedAt).ThenBy(o => o.Id).Skip((page - 1) * PageSize).Take(PageSize)
            .Include(o => o.Parts).AsSplitQuery().ToListAsync(cancellationToken);
        return new OrdersDeskPage([.. found.Select(OrderViews.Order)], total, page, PageSize);
    }

    public async ValueTask<Result<DeskOrder>> Handle(GetDeskOrderQuery query, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Parts).SingleOrDefaultAsync(o => o.Id == query.OrderId, cancellationToken);
        return order is null
            ? OrderQueries.NotFound()
            : new DeskOrder(
                OrderViews.Order(
                    order,
                    await db.LotsOfOrderAsync(order.Id, cancellationToken),
                    await db.ShipmentsOfOrderAsync(order.Id, cancellationToken),
                    carrierCharges: true),
                order.BuyerId);
    }

    public async ValueTask<OrdersExport> Handle(ExportOrdersQuery query, CancellationToken cancellationToken)
    {
        var rows = await Filtered(query.Filter)
            .SelectMany(o => o.Parts, (o, p) => new
            {
                o.Number,
                o.PlacedAt,
                o.BuyerEmail,
                o.Delivery.Recipient,
                o.Delivery.Phone,
                o.Delivery.Province,
                o.PaymentMethod,
                o.PaymentState,
                p.VendorName,
                p.Status,
                p.SubtotalVnd,
                p.ShippingFeeVnd,
                p.DiscountVnd,
                p.RefundedVnd,
                p.CashCollectedVnd,
                p.CancelReason,
            })
            .OrderByDescending(r => r.PlacedAt)
            .Take(ExportLimit)
            .ToListAsync(cancellationToken);
        string[] headings =
        [
            text["desk.col.number"], text["desk.col.placed"], text["desk.col.buyer"], text["desk.col.recipient"], text["desk.col.phone"],
            text["desk.col.province"], text["desk.col.method"], text["desk.col.payment"], text["desk.col.cooperative"], text["desk.col.status"],
            text["desk.col.goods"], text["desk.col.shipping"], text["desk.col.total"], text["desk.col.refunded"], text["desk.col.cash"],
            text["desk.col.reason"],
        ];
        var lines = rows.Select(r => new object?[]
        {
            r.Number, r.PlacedAt, r.BuyerEmail, r.Recipient, r.Phone, r.Province, text["payment." + r.PaymentMethod].Value,
            text["paymentstate." + r.PaymentState].Value, r.VendorName, text["partstatus." + r.Status].Value, r.SubtotalVnd, r.ShippingFeeVnd,
            r.SubtotalVnd + r.ShippingFeeVnd - r.DiscountVnd, r.RefundedVnd, r.CashCollectedVnd, r.CancelReason,
        });
        var name = $"don-hang-{clock.GetUtcNow().ToOffset(VietnamTime.Offset):yyyy-MM-dd}";
        return query.Excel
            ? new OrdersExport($"{name}.xlsx", TableExport.XlsxType, TableExport.Xlsx(text["desk.title"], headings, lines))
            : new OrdersExport($"{name}.csv", TableExport.CsvType, TableExport.Csv(headings, lines));
    }

    private IQueryable<Order> Filtered(OrdersDeskFilter filter)
    {
        var orders = db.Orders.AsNoTracking();
        if (filter.Search?.Trim() is { Length: > 0 } search)
        {
            var upper = search.ToUpperInvariant();
            var compact = new string([.. upper.Where(char.IsAsciiLetterOrDigit)]);
            var digits = new string([.. search.Where(char.IsAsciiDigit)]);

            // ToUpper() is SQL's UPPER() here, not .NET's culture: e-mails and names are stored as typed.
#pragma warning disable CA1304, CA1311, CA1862
            orders = orders.Where(o =>
                o.Number.Contains(upper)
                || (compact.Length >= 4 && o.Number.Replace("-", string.Empty).Contains(compact))
                || o.BuyerEmail.ToUpper().Contains(upper)
                || o.Delivery.Recipient.ToUpper().Contains(upper)
                || (digits.Length >= 4 && o.Delivery.Phone.Contains(digits)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (filter.CooperativeId is { } cooperativeId)
        {
            orders = orders.Where(o => o.Parts.Any(p => p.CooperativeId == cooperativeId));
        }

        if (filter.Status is { } status)
        {
            orders = orders.Where(o => o.Parts.Any(p => p.Status == status));
        }

        if (filter.Payment is { } payment)
        {
            orders = orders.Where(o => o.PaymentState == payment);
        }

        if (filter.From is { } from)
        {
            var start = VietnamTime.StartOf(from);
            orders = orders.Where(o => o.PlacedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = VietnamTime.StartOf(to.AddDays(1));
            orders = orders.Where(o => o.PlacedAt < end);
        }

        return orders;
    }
}

/// <summary>The words of a search that name nothing are refused before they reach the database.</summary>
internal static class OrdersDeskLimits
{
    public const int SearchLength = 100;

    public static Error? Check(OrdersDeskFilter filter) =>
        filter.From is { Year: < 2000 or > 2100 } || filter.To is { Year: < 2000 or > 2100 }
            ? Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["from"] = [Bilingual.Pick("Ngày phải trong khoảng 2000–2100.", "Days must be between 2000 and 2100.")],
            })
            : filter.Search is { Length: > SearchLength }
            ? Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["search"] = [Bilingual.Pick($"Từ khóa tối đa {SearchLength} ký tự.", $"At most {SearchLength} characters.")],
            })
            : filter.From is { } from && filter.To is { } to && to < from
                ? Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
                {
                    ["to"] = [Bilingual.Pick("Ngày kết thúc trước ngày bắt đầu.", "The end is before the start.")],
                })
                : null;
}
