using System.Globalization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Printing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Marketplace.Ordering.Features.Invoices;

internal sealed record InvoiceParty(string Name, string? LegalName, string? TaxCode, string Address, string? Phone);

internal sealed record InvoiceLine(string Name, string Unit, int Quantity, long UnitPriceVnd, long AmountVnd);

/// <summary>What an invoice carries; amounts in đồng, prices including VAT as the marketplace shows them.</summary>
internal sealed record InvoiceContent(
    string Number,
    DateOnly IssuedOn,
    string OrderNumber,
    string? PurchaseOrderNumber,
    string PaymentMethod,
    string? PaymentReference,
    InvoiceParty Seller,
    InvoiceParty Buyer,
    IReadOnlyList<InvoiceLine> Lines,
    long ShippingVnd,
    long TotalVnd,
    int VatPercent,
    long PreVatVnd,
    long VatVnd,
    string TotalInWords)
{
    /// <summary>A voucher's discount on the part: a trade discount line, the VAT being on the price after it.</summary>
    public long DiscountVnd { get; init; }

    public string? VoucherCode { get; init; }
}

/// <summary>Lays an invoice out on A4 pages with PDFsharp, in Vietnamese, with the font <see cref="PdfFonts"/> serves.</summary>
internal static class InvoicePdf
{
    private const double Margin = 40;
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static byte[] Render(InvoiceContent invoice)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"Hóa đơn {invoice.Number}";
        document.Info.Author = invoice.Seller.Name;
        var regular = Font(9.5, XFontStyleEx.Regular);
        var bold = Font(9.5, XFontStyleEx.Bold);
        var title = Font(16, XFontStyleEx.Bold);

        var page = document.AddPage();
        page.Size = PdfSharp.PageSize.A4;
        var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point - (2 * Margin);
        var y = Margin;

        void Text(string text, XFont font, double x, double w, XStringFormat format)
        {
            gfx.DrawString(text, font, XBrushes.Black, new XRect(x, y, w, 14), format);
        }

        void Row(string label, string value, XFont? valueFont = null)
        {
            Text(label, regular, Margin, 150, XStringFormats.TopLeft);
            Text(value, valueFont ?? regular, Margin + 150, width - 150, XStringFormats.TopLeft);
            y += 14;
        }

        Text("HÓA ĐƠN BÁN HÀNG", title, Margin, width, XStringFormats.TopCenter);
        y += 24;
        Text($"Số: {invoice.Number} · Ngày {invoice.IssuedOn:dd/MM/yyyy}", regular, Margin, width, XStringFormats.TopCenter);
        y += 24;

        Party("Đơn vị bán hàng", invoice.Seller);
        Party("Người mua hàng", invoice.Buyer);
        Row("Đơn hàng:", invoice.OrderNumber);
        if (invoice.PurchaseOrderNumber is { } po)
        {
            Row("Số đơn đặt hàng (PO):", po, bold);
        }

        Row("Hình thức thanh toán:", invoice.PaymentMethod);
        if (invoice.PaymentReference is { } reference)
        {
            Row("Nội dung chuyển khoản:", reference, bold);
        }

        y += 10;
        double[] columns = [Margin, Margin + 28, Margin + 250, Margin + 300, Margin + 350, Margin + 435];
        var right = Margin + width;
        void Header()
        {
            gfx.DrawLine(XPens.Black, Margin, y, right, y);
            y += 3;
            Text("STT", bold, columns[0], 28, XStringFormats.TopLeft);
            Text("Tên hàng hóa", bold, columns[1], 220, XStringFormats.TopLeft);
            Text("ĐVT", bold, columns[2], 50, XStringFormats.TopLeft);
            Text("Số lượng", bold, columns[3] - 10, 55, XStringFormats.TopRight);
            Text("Đơn giá", bold, columns[4], 80, XStringFormats.TopRight);
            Text("Thành tiền", bold, columns[5], right - columns[5], XStringFormats.TopRight);
            y += 15;
            gfx.DrawLine(XPens.Black, Margin, y, right, y);
            y += 3;
        }

        Header();
        var n = 0;
        foreach (var line in invoice.Lines)
        {
            if (y > page.Height.Point - 200)
            {
                page = document.AddPage();
                page.Size = PdfSharp.PageSize.A4;
                gfx.Dispose();
                gfx = XGraphics.FromPdfPage(page);
                y = Margin;
                Header();
            }

            Text((++n).ToString(CultureInfo.InvariantCulture), regular, columns[0], 28, XStringFormats.TopLeft);
            Text(Fit(line.Name, regular, 215), regular, columns[1], 220, XStringFormats.TopLeft);
            Text(line.Unit, regular, columns[2], 50, XStringFormats.TopLeft);
            Text(line.Quantity.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.'), regular, columns[3] - 10, 55, XStringFormats.TopRight);
            Text(Amount(line.UnitPriceVnd), regular, columns[4], 80, XStringFormats.TopRight);
            Text(Amount(line.AmountVnd), regular, columns[5], right - columns[5], XStringFormats.TopRight);
            y += 15;
        }

        if (invoice.ShippingVnd > 0)
        {
            Text((++n).ToString(CultureInfo.InvariantCulture), regular, columns[0], 28, XStringFormats.TopLeft);
            Text("Phí vận chuyển", regular, columns[1], 220, XStringFormats.TopLeft);
            Text(Amount(invoice.ShippingVnd), regular, columns[5], right - columns[5], XStringFormats.TopRight);
            y += 15;
        }

        if (invoice.DiscountVnd > 0)
        {
            Text((++n).ToString(CultureInfo.InvariantCulture), regular, columns[0], 28, XStringFormats.TopLeft);
            Text("Chiết khấu thương mại", regular, columns[1], 220, XStringFormats.TopLeft);
            Text("-" + Amount(invoice.DiscountVnd), regular, columns[5], right - columns[5], XStringFormats.TopRight);
            y += 13;

            // The code on a line of its own: a code of 32 characters would not fit beside the words.
            Text(Fit($"mã giảm giá {invoice.VoucherCode}", regular, 215), regular, columns[1], 220, XStringFormats.TopLeft);
            y += 15;
        }

        gfx.DrawLine(XPens.Black, Margin, y, right, y);
        y += 6;
        void Sum(string label, long amount, XFont font)
        {
            Text(label, font, Margin + 200, 230, XStringFormats.TopLeft);
            Text(Amount(amount) + " ₫", font, columns[5] - 40, right - columns[5] + 40, XStringFormats.TopRight);
            y += 15;
        }

        Sum($"Cộng tiền hàng chưa thuế GTGT:", invoice.PreVatVnd, regular);
        Sum($"Thuế suất GTGT {invoice.VatPercent}%, tiền thuế:", invoice.VatVnd, regular);
        Sum("Tổng cộng tiền thanh toán:", invoice.TotalVnd, bold);
        y += 4;
        var formatter = new PdfSharp.Drawing.Layout.XTextFormatter(gfx);
        formatter.DrawString($"Số tiền viết bằng chữ: {invoice.TotalInWords}.", regular, XBrushes.Black, new XRect(Margin, y, width, 40));
        y += 46;
        formatter.DrawString(
            "Giá đã bao gồm thuế GTGT. Hóa đơn do sàn HTX lập thay hợp tác xã bán hàng; "
                + "hóa đơn điện tử theo quy định do hợp tác xã phát hành khi có yêu cầu.",
            Font(7.5, XFontStyleEx.Regular), XBrushes.Black, new XRect(Margin, y, width, 30));
        gfx.Dispose();

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();

        void Party(string heading, InvoiceParty party)
        {
            Text(heading, bold, Margin, width, XStringFormats.TopLeft);
            y += 14;
            Row("Tên:", party.LegalName is { } legal && legal != party.Name ? $"{legal} ({party.Name})" : party.Name);
            Row("Mã số thuế:", party.TaxCode ?? "—");
            Row("Địa chỉ:", party.Address);
            if (party.Phone is { } phone)
            {
                Row("Điện thoại:", phone);
            }

            y += 6;
        }
    }

    private static XFont Font(double size, XFontStyleEx style) => PdfFonts.Font(size, style == XFontStyleEx.Bold);

    private static string Amount(long vnd) => Money.Dong(vnd).Format(Vietnamese).Replace("\u00A0₫", string.Empty, StringComparison.Ordinal);

    private static string Fit(string text, XFont font, double width) => PdfFonts.Fit(text, font, width);
}
