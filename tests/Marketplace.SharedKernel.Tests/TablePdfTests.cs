using System.Globalization;
using Marketplace.SharedKernel.Printing;
using UglyToad.PdfPig;

namespace Marketplace.SharedKernel.Tests;

/// <summary>A printed table runs onto as many pages as it needs, its headings on each, every page numbered, Vietnamese letters kept.</summary>
public sealed class TablePdfTests
{
    [Fact]
    public void ALongTable_RunsOntoPages_WithItsHeadingsOnEach_AndEveryPageNumbered()
    {
        Assert.True(PdfFonts.TryInstall(new PdfFontOptions()), "a font with Vietnamese letters is installed");
        var rows = Enumerable.Range(1, 120)
            .Select(n => (IReadOnlyList<string?>)
                [n.ToString(CultureInfo.InvariantCulture), $"Chè Shan tuyết cổ thụ số {n}", (n * 1_000).ToString("N0", CultureInfo.InvariantCulture)])
            .ToList();
        var table = new PdfTable(
            "Bán chạy nhất",
            [new PdfColumn("STT", 1), new PdfColumn("Sản phẩm", 6), new PdfColumn("Tiền hàng", 2, Figures: true)],
            rows,
            new HashSet<int> { 119 });

        var bytes = TablePdf.Render(new PdfReport("Báo cáo tháng 11/2026", ["Liên minh HTX", "Từ 01/11/2026 đến 30/11/2026"], [table], "Số liệu từ sàn."));

        using var pdf = PdfDocument.Open(bytes);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToList();
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        Assert.All(pages, text => Assert.Contains("Tiền hàng", text, StringComparison.Ordinal));
        for (var n = 0; n < pages.Count; n++)
        {
            Assert.Contains($"{n + 1}/{pages.Count}", pages[n], StringComparison.Ordinal);
        }

        var all = string.Join(" ", pages);
        Assert.Contains("tuyết", all, StringComparison.Ordinal);
        Assert.Contains("120,000", all, StringComparison.Ordinal);
        Assert.Contains("Số liệu từ sàn.", all, StringComparison.Ordinal);
    }
}
