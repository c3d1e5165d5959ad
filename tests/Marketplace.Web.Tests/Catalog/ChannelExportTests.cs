using System.Net;
using Marketplace.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// A cooperative's products as the bulk-upload rows of Shopee, Lazada and Tiki, parsed back: the
/// first sheet names each channel's fields (key, heading, required or not), every row carries the
/// fields its channel requires within their limits, prices in đồng, weights in the channel's unit,
/// pictures at addresses that answer; what a channel would refuse is on its own sheet, with what
/// to add. Only the cooperative's people get its file.
/// </summary>
public sealed class ChannelExportTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private const string Description =
        "Chè móc câu hái một tôm hai lá từ đồi chè Tân Cương, sao tay trên chảo gang; nước xanh vàng, thơm cốm, vị chát dịu và ngọt hậu lâu.";

    private static List<List<string>> Lines(Stream workbook, string sheet) =>
        [.. workbook.Query(useHeaderRow: false, sheetName: sheet).Cast<IDictionary<string, object?>>()
            .Select(r => r.Values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).ToList())];

    private static async Task<(List<List<string>> Upload, List<List<string>> ToComplete)> ExportAsync(HttpClient owner, Guid cooperativeId, string channel)
    {
        using var response = await owner.GetAsync($"/api/v1/cooperatives/{cooperativeId}/catalog/channels/{channel}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var sheets = workbook.GetSheetNames();
        Assert.Equal(3, sheets.Count);
        Assert.Equal(["Cần bổ sung", "Hướng dẫn"], sheets.Skip(1));
        return (Lines(workbook, sheets[0]), Lines(workbook, "Cần bổ sung"));
    }

    /// <summary>Each data line as field key → value; every field marked required on line 3 filled.</summary>
    private static List<Dictionary<string, string>> Rows(List<List<string>> upload)
    {
        var (keys, required) = (upload[0], upload[2]);
        Assert.All(required, flag => Assert.Contains(flag, new[] { "Bắt buộc", "Không bắt buộc" }));
        var rows = upload.Skip(3).Select(line => keys.Select((k, i) => (k, i < line.Count ? line[i] : string.Empty))
            .ToDictionary(x => x.k, x => x.Item2, StringComparer.Ordinal)).ToList();
        foreach (var row in rows)
        {
            foreach (var key in keys.Where((_, i) => required[i] == "Bắt buộc"))
            {
                Assert.False(string.IsNullOrWhiteSpace(row[key]), $"{key} is required");
            }
        }

        return rows;
    }

    [Fact]
    public async Task EachChannelsFile_CarriesItsRequiredFields_AndSetsAsideWhatItWouldRefuse()
    {
        var tea = await factory.Listing().Named("Chè móc câu Tân Cương đặc biệt").Described(Description).Priced(180_000).BuildAsync();
        var owner = tea.Cooperative.Owner;
        await owner.AddPictureAsync(tea.ProductId);
        var bare = await factory.Listing().SoldBy(tea.Cooperative).Named("Chè búp khô").Priced(90_000).BuildAsync();
        var id = tea.Cooperative.Id;

        var (shopee, shopeeLeft) = await ExportAsync(owner, id, "shopee");
        Assert.Contains("ps_product_name", shopee[0]);
        Assert.Contains("ps_item_cover_image", shopee[0]);
        var row = Assert.Single(Rows(shopee));
        Assert.Equal(tea.Sku, row["ps_sku_short"]);
        Assert.Equal("180000", row["ps_price"]);
        Assert.Equal("500", row["ps_weight"]); // grams
        Assert.InRange(row["ps_product_name"].Length, 10, 120);
        Assert.InRange(row["ps_product_description"].Length, 100, 3000);
        using (var picture = await factory.CreateClient().GetAsync(new Uri(row["ps_item_cover_image"]).PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
            Assert.StartsWith("image/", picture.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        }

        // The product without a picture, whose description is short, is set aside with both reasons.
        var left = Assert.Single(shopeeLeft.Skip(1), l => l[0] == bare.Sku);
        Assert.Contains("Ảnh bìa", left[2], StringComparison.Ordinal);
        Assert.Contains("Mô tả sản phẩm cần ít nhất 100 ký tự", left[2], StringComparison.Ordinal);

        // Lazada asks for the parcel's three sides, which these variants do not give: both are set aside.
        var (lazada, lazadaLeft) = await ExportAsync(owner, id, "Lazada");
        Assert.Empty(Rows(lazada));
        Assert.Contains("thiếu Chiều dài gói hàng (cm)", Assert.Single(lazadaLeft, l => l[0] == tea.Sku)[2], StringComparison.Ordinal);

        var (tiki, tikiLeft) = await ExportAsync(owner, id, "TIKI");
        var tikiRow = Assert.Single(Rows(tiki));
        Assert.Equal("0.5", tikiRow["weight"]); // kilograms
        Assert.Equal(tea.Cooperative.Name, tikiRow["brand"]);
        Assert.True(long.Parse(tikiRow["price"], System.Globalization.CultureInfo.InvariantCulture)
            <= long.Parse(tikiRow["market_price"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(tikiLeft, l => l[0] == bare.Sku);

        // Another cooperative's people, an unknown channel: not found.
        var stranger = (await factory.Listing().BuildAsync()).Cooperative.Owner;
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/cooperatives/{id}/catalog/channels/shopee")).StatusCode);
        foreach (var channel in new[] { "amazon", "1", "Shopee2" })
        {
            using var unknown = await owner.GetAsync($"/api/v1/cooperatives/{id}/catalog/channels/{channel}");
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        }
    }
}
