using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Business;

/// <summary>
/// A verified business buyer's order by file: checked line by line, valid lines into the cart, and a file that cannot be read
/// changes nothing.
/// </summary>
public sealed class BulkOrderApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static MultipartFormDataContent File(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "don-hang.csv" } };
    }

    private static MultipartFormDataContent File(string csv) => File(Encoding.UTF8.GetBytes(csv));

    private static async Task<List<JsonElement>> CartLinesAsync(HttpClient buyer) =>
        (await (await buyer.GetAsync("/api/v1/cart")).JsonAsync())
            .GetProperty("groups")
            .EnumerateArray()
            .SelectMany(g => g.GetProperty("lines").EnumerateArray())
            .ToList();

    [Fact]
    public async Task EachLine_IsMatchedPricedAtItsTier_OrToldWhatIsWrong_AndTheValidOnesGoInTheCart()
    {
        var tea = await factory.Listing().Priced(350_000, (10, 330_000)).BuildAsync();
        var macadamia = await factory.Listing().Priced(250_000, (20, 230_000)).BuildAsync();
        var bulkTea = await factory.Listing().WithMinimumOrder(5).BuildAsync();
        var honey = await factory.Listing().WithStock(50).BuildAsync();
        var (buyer, _) = await factory.VerifiedBusinessBuyerAsync();
        var csv = $"sku,quantity\r\n{tea.Sku},12\r\n{macadamia.Sku.ToLowerInvariant()},20\r\nKHONG-CO-MA,3\r\n{bulkTea.Sku},2\r\n{honey.Sku},99999\r\n";

        var result = await (await buyer.PostAsync("/api/v1/cart/bulk", File(csv))).JsonAsync();
        Assert.Equal(5, result.GetProperty("lines").GetInt32());
        Assert.Equal(2, result.GetProperty("valid").GetInt32());
        Assert.True(result.GetProperty("added").GetBoolean());
        var lines = result.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(330_000, lines[0].GetProperty("unitPrice").Amount());          // 10 and more: the first tier
        Assert.Equal(330_000 * 12, lines[0].GetProperty("lineTotal").Amount());
        Assert.Equal(macadamia.Sku, lines[1].GetProperty("sku").GetString());
        Assert.Equal(230_000, lines[1].GetProperty("unitPrice").Amount());
        Assert.Contains("mã", lines[2].GetProperty("problem").GetString(), StringComparison.Ordinal);          // unknown SKU
        Assert.Contains("tối thiểu 5", lines[3].GetProperty("problem").GetString(), StringComparison.Ordinal); // below the minimum
        Assert.Contains("tồn kho", lines[4].GetProperty("problem").GetString(), StringComparison.Ordinal);     // above stock
        Assert.Equal([2, 3, 4, 5, 6], lines.Select(l => l.GetProperty("line").GetInt32()));

        var cart = await CartLinesAsync(buyer);
        Assert.Equal(2, cart.Count);
        Assert.Equal(12, cart.Single(l => l.GetProperty("sku").GetString() == tea.Sku).GetProperty("quantity").GetInt32());
        Assert.Equal(330_000, cart.Single(l => l.GetProperty("sku").GetString() == tea.Sku).GetProperty("unitPrice").Amount());
    }

    [Fact]
    public async Task CheckingOnly_LeavesTheCartAsItWas_AndTheTemplateIsReadyToFill()
    {
        var listing = await factory.Listing().BuildAsync();
        var (buyer, _) = await factory.VerifiedBusinessBuyerAsync();
        using var body = new StringContent($"sku;quantity\n{listing.Sku};20\n", Encoding.UTF8, "text/csv");
        var result = await (await buyer.PostAsync("/api/v1/cart/bulk?checkOnly=true", body)).JsonAsync();
        Assert.Equal(1, result.GetProperty("valid").GetInt32());
        Assert.False(result.GetProperty("added").GetBoolean());
        Assert.Empty(await CartLinesAsync(buyer));

        var template = await factory.CreateClient().GetByteArrayAsync("/api/v1/cart/bulk/template.csv");
        var check = await (await buyer.PostAsync("/api/v1/cart/bulk?checkOnly=true", File(template))).JsonAsync();
        Assert.Equal(2, check.GetProperty("lines").GetInt32());
    }

    [Theory]
    [InlineData("ma,so\r\nSG-HT-100,20\r\n")]                  // no sku and quantity columns
    [InlineData("sku,quantity\r\nSG-HT-100,20\r\nTP-MC-500,2.5\r\n")] // a quantity that is not a whole number
    [InlineData("sku,quantity\r\nSG-HT-100,hai mươi\r\n")]
    [InlineData("sku,quantity\r\nSG-HT-100,-3\r\n")]
    [InlineData("sku,quantity\r\n")]                           // no lines
    public async Task AFileThatCannotBeRead_IsRefusedWithAReason_AndAddsNothing(string csv)
    {
        var (buyer, _) = await factory.VerifiedBusinessBuyerAsync();
        using var response = await buyer.PostAsync("/api/v1/cart/bulk", File(csv));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.NotEmpty(problem.GetProperty("errors").GetProperty("file").EnumerateArray());
        Assert.Empty(await CartLinesAsync(buyer));
    }

    [Fact]
    public async Task AFileInAnotherEncoding_OrOf100MB_IsRefused_AndAddsNothing()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (buyer, _) = await factory.VerifiedBusinessBuyerAsync();
        using (var legacy = await buyer.PostAsync(
            "/api/v1/cart/bulk", File(Encoding.GetEncoding("windows-1258").GetBytes("mã sp,số lượng\r\nSG-HT-100,20\r\n"))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, legacy.StatusCode);
            Assert.Contains("UTF-8", (await legacy.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        }

        using (var huge = await buyer.PostAsync("/api/v1/cart/bulk", File(new byte[100 * 1024 * 1024])))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
            Assert.Equal("upload.too_large", (await huge.JsonAsync()).GetProperty("code").GetString());
        }

        Assert.Empty(await CartLinesAsync(buyer));
    }

    [Fact]
    public async Task FiveThousandLines_AreEachChecked()
    {
        var (one, other) = (await factory.Listing().WithStock(5_000).BuildAsync(), await factory.Listing().WithStock(5_000).BuildAsync());
        var (buyer, _) = await factory.VerifiedBusinessBuyerAsync();
        string[] skus = [one.Sku, other.Sku, "KHONG-CO-MA"];
        var csv = new StringBuilder("sku,quantity\n");
        for (var i = 0; i < 5_000; i++)
        {
            csv.Append(skus[i % skus.Length]).Append(",1\n");
        }

        var result = await (await buyer.PostAsync("/api/v1/cart/bulk?checkOnly=true", File(csv.ToString()))).JsonAsync();
        Assert.Equal(5_000, result.GetProperty("lines").GetInt32());
        Assert.Equal(5_000, result.GetProperty("results").GetArrayLength());
        Assert.Equal(3_334, result.GetProperty("valid").GetInt32());
        Assert.Empty(await CartLinesAsync(buyer));
    }

    [Fact]
    public async Task AShopperWhoIsNotAVerifiedBusinessBuyer_CannotOrderByFile()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        using var response = await shopper.PostAsync("/api/v1/cart/bulk", File("sku,quantity\r\nSG-HT-100,20\r\n"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("bulk.business_only", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Empty(await CartLinesAsync(shopper));
    }
}
