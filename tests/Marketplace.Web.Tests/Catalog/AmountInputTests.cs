using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// Prices typed the Vietnamese way on the seller's pages ("450.000", "450k", "1,5tr") are read
/// as people mean them; one that cannot be read is said why in Vietnamese, and nothing is saved.
/// </summary>
public sealed class AmountInputTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task AVariantsPrice_AndItsTiers_AreReadAsTyped()
    {
        var (cooperative, productId, pages) = await DraftAsync();
        var page = await pages.GetPageAsync($"/cooperatives/products/{productId}");
        using var saved = await pages.SubmitAsync(page, "#variant-form", new Dictionary<string, string>
        {
            ["sku"] = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            ["unit"] = "bag",
            ["netWeightGrams"] = "500",
            ["priceVnd"] = "450.000",
            ["stock"] = "10",
            ["minOrderQuantity"] = "1",
            ["tiers"] = "10:430.000; 50:400k",
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var variant = (await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{productId}")).JsonAsync()).GetProperty("variants")[0];
        Assert.Equal(450_000, variant.GetProperty("price").GetProperty("amount").GetInt64());
        Assert.Equal(
            [(10, 430_000L), (50, 400_000L)],
            variant.GetProperty("tiers").EnumerateArray()
                .Select(t => (t.GetProperty("minQuantity").GetInt32(), t.GetProperty("price").GetProperty("amount").GetInt64())));
    }

    [Fact]
    public async Task APriceThatCannotBeRead_IsSaidWhy_AndNothingIsSaved()
    {
        var (cooperative, productId, pages) = await DraftAsync();
        var page = await pages.GetPageAsync($"/cooperatives/products/{productId}");
        using var refused = await pages.SubmitAsync(page, "#variant-form", new Dictionary<string, string>
        {
            ["sku"] = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            ["unit"] = "bag",
            ["priceVnd"] = "bốn trăm",
            ["stock"] = "10",
        });
        var shown = await Html.ParseAsync(refused);
        Assert.Equal(200, shown.Status);
        Assert.Contains("Không đọc được số tiền «bốn trăm»", shown.Text(".errors"), StringComparison.Ordinal);
        Assert.Single(shown.Texts(".errors li")); // the one reason, not also "the price must be above 0"
        var product = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{productId}")).JsonAsync();
        Assert.Empty(product.GetProperty("variants").EnumerateArray());
    }

    [Fact]
    public async Task AShippingFee_TypedAs25k_IsSaved()
    {
        var (cooperative, _, pages) = await DraftAsync();
        var page = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/storefront");
        using var saved = await pages.SubmitAsync(page, "#shipping-form", new Dictionary<string, string> { ["feeVnd"] = "25k", ["freeFromVnd"] = "1,5tr" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var storefront = await (await factory.CreateClient().GetAsync($"/api/v1/storefronts/{cooperative.Slug}")).JsonAsync();
        Assert.Equal(25_000, storefront.GetProperty("shipping").GetProperty("fee").GetProperty("amount").GetInt64());
        Assert.Equal(1_500_000, storefront.GetProperty("shipping").GetProperty("freeFrom").GetProperty("amount").GetInt64());
    }

    private async Task<(TestCooperative Cooperative, Guid ProductId, HttpClient Pages)> DraftAsync()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var category = await factory.CategoryIdAsync("dac-san-kho");
        using var created = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/products", new { categoryId = category, name = "Trà móc câu", description = "Trà Tân Cương." });
        created.EnsureSuccessStatusCode();
        var productId = (await created.JsonAsync()).GetProperty("productId").GetGuid();
        return (cooperative, productId, await factory.SignedInPagesAsync(cooperative.OwnerEmail));
    }
}
