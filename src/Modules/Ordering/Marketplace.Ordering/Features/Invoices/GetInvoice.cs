using System.Globalization;
using Humanizer;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Features.Orders;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel.Printing;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Invoices;

/// <summary>
/// One invoice per cooperative's part: the cooperative sells, so it is the seller, with its tax
/// code; the buyer is the verified company (with its tax code) or else the person. Prices include
/// VAT, which the invoice breaks out; the total is written out in Vietnamese words (Humanizer).
/// </summary>
internal sealed class GetInvoiceHandler(OrderingDbContext db, ISender sender, IOptions<InvoiceOptions> options, IOptions<PdfFontOptions> fonts)
    : IQueryHandler<GetInvoiceQuery, Result<InvoiceDocument>>
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi");

    public async ValueTask<Result<InvoiceDocument>> Handle(GetInvoiceQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var order = await db.Orders.AsNoTracking()
            .Include(o => o.Parts)
            .SingleOrDefaultAsync(o => o.Id == query.OrderId && o.BuyerId == buyer, cancellationToken);
        var part = order?.Parts.SingleOrDefault(p => p.Id == query.PartId);
        if (order is null || part is null)
        {
            return OrderQueries.NotFound();
        }

        if (part.Undone)
        {
            return Error.Rule("invoice.cancelled", Bilingual.Pick(
                "Phần đơn hàng đã hủy hoặc đã hoàn về không có hóa đơn.", "A part cancelled or sent back has no invoice."));
        }

        if (!PdfFonts.TryInstall(fonts.Value))
        {
            return Error.Unavailable("invoice.no_font", Bilingual.Pick(
                "Máy chủ thiếu phông chữ tiếng Việt để in hóa đơn (cài gói fonts-dejavu-core hoặc đặt Invoices:FontPath).",
                "The server has no font with Vietnamese letters to print invoices (install fonts-dejavu-core or set Invoices:FontPath)."));
        }

        var seller = await sender.Send(new GetSellerDetailsQuery(part.CooperativeId), cancellationToken);
        var company = (await sender.Send(new GetMyBusinessAccountsQuery(order.BuyerId), cancellationToken))
            .FirstOrDefault(a => a.Status == BusinessAccountStatus.Verified);
        var payment = order.PaymentMethod == PaymentMethod.CashOnDelivery
            ? null
            : await sender.Send(new GetPaymentQuery(order.Id, order.BuyerId), cancellationToken);
        var vat = options.Value.VatPercent;
        var preVat = (long)Math.Round(part.TotalVnd * 100m / (100 + vat), MidpointRounding.AwayFromZero);
        var index = order.Parts.OrderBy(p => p.VendorName, StringComparer.Ordinal).ToList().IndexOf(part) + 1;
        var number = $"{order.Number}-{index}";
        var content = new InvoiceContent(
            number,
            DateOnly.FromDateTime(order.PlacedAt.ToOffset(VietnamTime.Offset).DateTime),
            order.Number,
            order.PurchaseOrderNumber,
            order.PaymentMethod switch
            {
                PaymentMethod.BankTransfer => "Chuyển khoản ngân hàng",
                PaymentMethod.Card => "Thẻ",
                PaymentMethod.MoMo => "Ví MoMo",
                PaymentMethod.ZaloPay => "Ví ZaloPay",
                PaymentMethod.VnPay => "VNPay",
                _ => "Tiền mặt khi nhận hàng",
            },
            payment is { IsSuccess: true } ? payment.Value.Reference : null,
            seller is null
                ? new InvoiceParty(part.VendorName, null, null, string.Empty, null)
                : new InvoiceParty(
                    seller.Name,
                    seller.LegalName,
                    seller.TaxCode,
                    string.Join(", ", new[] { seller.Address, seller.Commune, seller.Province }.Where(s => !string.IsNullOrWhiteSpace(s))),
                    seller.Phone),
            company is null
                ? new InvoiceParty(
                    order.Delivery.Recipient, null, null, $"{order.Delivery.Street}, {order.Delivery.Commune}, {order.Delivery.Province}", order.Delivery.Phone)
                : new InvoiceParty(company.CompanyName, null, company.TaxCode, company.Address, company.Phone),
            part.Lines.Select(l => new InvoiceLine(l.ProductName, UnitWord(l.Unit, l.NetWeightGrams), l.Quantity, l.UnitPriceVnd, l.TotalVnd)).ToList(),
            part.ShippingFeeVnd,
            part.TotalVnd,
            vat,
            preVat,
            part.TotalVnd - preVat,
            InWords(part.TotalVnd))
        { DiscountVnd = part.DiscountVnd, VoucherCode = order.VoucherCode };
        return new InvoiceDocument($"hoa-don-{number}.pdf", InvoicePdf.Render(content));
    }

    /// <summary>"Một triệu hai trăm năm mươi nghìn đồng": capitalized, as invoices write it.</summary>
    public static string InWords(long vnd)
    {
        var words = vnd.ToWords(Vietnamese);
        return string.Concat(words[..1].ToUpper(Vietnamese), words[1..], " đồng");
    }

    /// <summary>
    /// The unit as a Vietnamese invoice writes it (the invoice is in Vietnamese whatever the
    /// buyer reads): lines keep a unit's code ("box"), or, from quotes, its word ("tấn").
    /// </summary>
    internal static string UnitWord(string unit, int? netWeightGrams)
    {
        var word = unit switch
        {
            "yen" => "yến",
            "ta" => "tạ",
            "tan" => "tấn",
            "bag" => "túi",
            "box" => "hộp",
            _ => unit,
        };
        return netWeightGrams is { } grams && unit is "bag" or "box"
            ? $"{word} {(grams >= 1000 && grams % 1000 == 0 ? $"{grams / 1000} kg" : $"{grams} g")}"
            : word;
    }
}
