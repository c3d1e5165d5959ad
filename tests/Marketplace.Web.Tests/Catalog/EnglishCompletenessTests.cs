using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// For buyers abroad: a cooperative sees which of its products lack their English (name,
/// description), in its product list (the API's and the seller centre's, with a count) and on the
/// product's own page beside the empty field, and each mark goes once the English is written.
/// </summary>
public sealed class EnglishCompletenessTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task AProductWithoutEnglish_IsMarkedFieldByField_UntilItsEnglishIsWritten()
    {
        var listing = await factory.Listing().BuildAsync();
        var owner = listing.Cooperative.Owner;
        Assert.Equal(["name", "description"], await MissingAsync());

        var category = await factory.CategoryIdAsync();
        (await owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{listing.ProductId}", new
        {
            categoryId = category,
            name = listing.Name,
            nameEnglish = "Shan Tuyet tea",
            description = "Trà búp.",
            descriptionEnglish = "  ",
        })).EnsureSuccessStatusCode();
        Assert.Equal(["description"], await MissingAsync()); // blank is none

        // And a buyer reading English then sees the Vietnamese description, not an empty one.
        using (var reader = factory.CreateClient())
        {
            using var english = new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" });
            (await reader.PostAsync("/language", english)).EnsureSuccessStatusCode();
            var page = await reader.GetPageAsync($"/products/{listing.ProductId}");
            Assert.Equal("Shan Tuyet tea", page.Text("h1"));
            Assert.Equal("Trà búp.", page.Text(".description"));
        }

        var pages = await factory.SignedInPagesAsync(listing.Cooperative.OwnerEmail);
        var list = await pages.GetPageAsync($"/cooperatives/{listing.Cooperative.Id}/products");
        Assert.Contains("1 trên 1 sản phẩm còn thiếu tiếng Anh", list.Text("#english-summary"), StringComparison.Ordinal);
        Assert.Equal("Thiếu tiếng Anh: mô tả", list.Text("#my-products .missing-english"));
        var edit = await pages.GetPageAsync($"/cooperatives/products/{listing.ProductId}");
        Assert.Null(edit.Document.QuerySelector("#name-english-missing"));
        Assert.NotNull(edit.Document.QuerySelector("#description-english-missing"));

        var product = await (await owner.GetAsync($"/api/v1/cooperatives/products/{listing.ProductId}")).JsonAsync();
        Assert.Equal(["description"], product.GetProperty("missingEnglish").EnumerateArray().Select(f => f.GetString()!));
        (await owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{listing.ProductId}", new
        {
            categoryId = category,
            name = listing.Name,
            nameEnglish = "Shan Tuyet tea",
            description = "Trà búp.",
            descriptionEnglish = "Tea buds.",
        })).EnsureSuccessStatusCode();
        Assert.Empty(await MissingAsync());
        Assert.Null((await pages.GetPageAsync($"/cooperatives/{listing.Cooperative.Id}/products")).Document.QuerySelector("#english-summary"));

        async Task<string[]> MissingAsync()
        {
            var rows = await (await owner.GetAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/products")).JsonAsync();
            return [.. rows.EnumerateArray().Single().GetProperty("missingEnglish").EnumerateArray().Select(f => f.GetString()!)];
        }
    }
}
