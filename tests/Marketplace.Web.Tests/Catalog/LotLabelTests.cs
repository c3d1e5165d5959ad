using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;
using UglyToad.PdfPig;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// A cooperative prints its lot's labels before the product is even published: a PDF in
/// Vietnamese with every diacritic, the lines a package must carry, a QR code a phone reads
/// (rendered by poppler, read by ZXing), on an A4 sheet of 24 or a label printer's roll.
/// </summary>
public sealed class LotLabelTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private const string ProductName = "Mắc ca sấy nứt vỏ Đắk Nông loại đặc biệt";

    [Fact]
    public async Task ADraftsLot_PrintsOnAnA4Sheet_AndOnARoll_WithItsQrCode()
    {
        var (cooperative, productId, code) = await DraftWithLotAsync();

        using var sheet = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{productId}/lots/{code}/labels.pdf?size=a4&copies=30");
        Assert.Equal(HttpStatusCode.OK, sheet.StatusCode);
        Assert.Equal("application/pdf", sheet.Content.Headers.ContentType?.MediaType);
        using (var pdf = PdfDocument.Open(await sheet.Content.ReadAsByteArrayAsync()))
        {
            var pages = pdf.GetPages().ToList();
            Assert.Equal(2, pages.Count); // 24 to a sheet: 24 + 6
            Assert.Equal(595, pages[0].Width, 0); // A4, in points
            var first = string.Join(" ", pages[0].GetWords().Select(w => w.Text));
            Assert.Equal(24, Occurrences(first, $"Lô: {code}"));
            Assert.Equal(6, Occurrences(string.Join(" ", pages[1].GetWords().Select(w => w.Text)), $"Lô: {code}"));
            foreach (var expected in new[]
            {
                "Mắc ca sấy nứt vỏ", cooperative.Name, "NSX: 01/10/2026", "HSD: 01/10/2027", "Khối lượng tịnh: 500 g",
                "Xuất xứ: xã Như Cố, Thái Nguyên",
            })
            {
                Assert.Contains(expected, first, StringComparison.Ordinal);
            }
        }

        using var roll = await cooperative.Owner.GetAsync(
            $"/api/v1/cooperatives/products/{productId}/lots/{code.ToLowerInvariant()}/labels.pdf?size=50x30&copies=3");
        Assert.Equal(HttpStatusCode.OK, roll.StatusCode);
        var rollPdf = await roll.Content.ReadAsByteArrayAsync();
        using (var pdf = PdfDocument.Open(rollPdf))
        {
            Assert.Equal(3, pdf.NumberOfPages);
            Assert.Equal(141.7, pdf.GetPage(1).Width, 1); // 50 mm
            Assert.Equal(85.0, pdf.GetPage(1).Height, 1); // 30 mm
        }

        // What a phone reads from the printed label: the lot's public page.
        Assert.Equal($"{factory.PublicBaseUrl}lots/{code}", QrCodes.Read(Rasterize(rollPdf)));
    }

    [Fact]
    public async Task OnlyTheCooperativesPeople_PrintIt_AndBadChoicesAreSaidWhy()
    {
        var (cooperative, productId, code) = await DraftWithLotAsync();
        var labels = $"/api/v1/cooperatives/products/{productId}/lots/{code}/labels.pdf";

        foreach (var query in new[] { "?size=a5", "?copies=0", "?copies=501", "?copies=nhieu" })
        {
            using var bad = await cooperative.Owner.GetAsync(labels + query);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        }

        using var unknownLot = await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{productId}/lots/KHONG-CO/labels.pdf");
        Assert.Equal(HttpStatusCode.NotFound, unknownLot.StatusCode);
        using var unknownVariant = await cooperative.Owner.GetAsync($"{labels}?variantId={Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknownVariant.StatusCode);

        var other = await factory.ApprovedCooperativeAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Owner.GetAsync(labels)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateClient().GetAsync(labels)).StatusCode);
    }

    [Fact]
    public async Task TheProductPage_OffersTheLabels_AndHandsOverThePdf()
    {
        var (cooperative, productId, code) = await DraftWithLotAsync();
        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);

        var page = await pages.GetPageAsync($"/cooperatives/products/{productId}");
        var form = page.Document.QuerySelector($"#labels-{code}")!;
        Assert.NotNull(form.QuerySelector("select[name=size] option[value='60x40']"));
        Assert.NotNull(page.Document.QuerySelector(".manage-lots .hint")); // a draft: the QR opens the page once published

        using var pdf = await pages.GetAsync($"/cooperatives/products/{productId}?handler=Labels&code={code}&size=60x40&copies=2");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(2, document.NumberOfPages);
        }

        // A count out of range comes back to the page, said in Vietnamese.
        var refused = await pages.GetPageAsync($"/cooperatives/products/{productId}?handler=Labels&code={code}&copies=900");
        Assert.Equal(200, refused.Status);
        Assert.Contains("Số nhãn", refused.Text(".errors"), StringComparison.Ordinal);
    }

    private async Task<(TestCooperative Cooperative, Guid ProductId, string Code)> DraftWithLotAsync()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var category = await factory.CategoryIdAsync("dac-san-kho");
        using var created = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/products", new { categoryId = category, name = ProductName, description = "Mắc ca Đắk Nông." });
        created.EnsureSuccessStatusCode();
        var productId = (await created.JsonAsync()).GetProperty("productId").GetGuid();
        var sku = "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{productId}/variants", new
        {
            sku,
            unit = "bag",
            netWeightGrams = 500,
            priceVnd = 250_000,
            stock = 40,
            minOrderQuantity = 1,
            tiers = Array.Empty<object>(),
        })).EnsureSuccessStatusCode();
        var code = "MC-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{productId}/lots", new
        {
            code,
            producedOn = "2026-10-01",
            expiresOn = "2027-10-01",
            commune = "xã Như Cố",
            province = "Thái Nguyên",
            quantity = 300,
            quantityUnit = "kg",
        })).EnsureSuccessStatusCode();
        return (cooperative, productId, code);
    }

    private static int Occurrences(string text, string part) =>
        (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    /// <summary>The first page as a printer would lay it down, at 600 dpi (poppler's pdftoppm, which the test command installs).</summary>
    private static byte[] Rasterize(byte[] pdf)
    {
        if (!File.Exists("/usr/bin/pdftoppm"))
        {
            Assert.Skip("pdftoppm (Debian's poppler-utils) is not installed: scripts/test installs it.");
        }

        var folder = Directory.CreateTempSubdirectory("labels-");
        try
        {
            var input = Path.Combine(folder.FullName, "labels.pdf");
            File.WriteAllBytes(input, pdf);
            string[] arguments = ["-r", "600", "-f", "1", "-l", "1", "-png", "-singlefile", input, Path.Combine(folder.FullName, "page")];
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/pdftoppm", arguments) { RedirectStandardError = true })!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return File.ReadAllBytes(Path.Combine(folder.FullName, "page.png"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
