using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Business;

/// <summary>
/// The business buyer's pages: pasted bulk lines checked on the page, a request form's errors in Vietnamese, and nothing for a
/// shopper who is not verified.
/// </summary>
public sealed class BusinessPagesTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task PastedLines_AreCheckedOnThePage_AndTheValidOnesGoInTheCart()
    {
        var tea = await factory.Listing().Named("Hồng trà Shan Tuyết " + Guid.NewGuid().ToString("N")[..6]).BuildAsync();
        var (_, email) = await factory.VerifiedBusinessBuyerAsync();
        var pages = await factory.SignedInPagesAsync(email);
        var bulk = await pages.GetPageAsync("/business/bulk");
        Assert.NotNull(bulk.Document.QuerySelector("#bulk-template"));

        using var response = await pages.SubmitMultipartAsync(
            bulk, "#bulk-form", new Dictionary<string, string> { ["Pasted"] = $"{tea.Sku}\t20\nKHONG-CO\t5", ["checkOnly"] = "false" }, []);
        var result = await Html.ParseAsync(response);
        Assert.Equal("1 trên 2 dòng hợp lệ. · Giỏ hàng", result.Text("#bulk-summary"));
        Assert.Equal(2, result.Document.QuerySelectorAll("#bulk-lines tbody tr").Length);
        Assert.Contains("Không có mã sản phẩm này.", result.Text("#bulk-lines tr.problem"), StringComparison.Ordinal);

        var cart = await pages.GetPageAsync("/cart");
        Assert.Contains(tea.Name, cart.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARequestWithoutWhatOrWhere_IsExplainedInVietnamese()
    {
        var (_, email) = await factory.VerifiedBusinessBuyerAsync();
        var pages = await factory.SignedInPagesAsync(email);
        var form = await pages.GetPageAsync("/business/rfqs");
        using var response = await pages.SubmitAsync(form, "#rfq-form", new Dictionary<string, string> { ["Input.Quantity"] = "0" });
        var page = await Html.ParseAsync(response);
        var errors = string.Join(" | ", page.Texts(".field-error, .errors li"));
        Assert.Contains("Hãy chọn sản phẩm hoặc danh mục.", errors, StringComparison.Ordinal);
        Assert.Contains("Số lượng", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AShopperWhoIsNotVerified_IsToldWhereToRegister()
    {
        var (_, email) = await factory.NewPersonAsync("khach");
        var pages = await factory.SignedInPagesAsync(email);
        foreach (var url in new[] { "/business/bulk", "/business/rfqs" })
        {
            var page = await pages.GetPageAsync(url);
            Assert.Null(page.Document.QuerySelector("form#bulk-form, form#rfq-form"));
            Assert.NotNull(page.Document.QuerySelector("a[href='/business']"));
        }
    }
}
