using System.Net;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// The demo catalog as a visitor meets it: every product has a picture drawn for it (a real JPEG,
/// a card's thumbnail and the page's large one) and a description of what it is, and a shared link
/// to it previews with its picture (Open Graph's image, absolute, that answers).
/// </summary>
public sealed class DemoCatalogTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task EveryDemoProduct_HasAPictureAndADescription_AndItsSharedLinkShowsThePicture()
    {
        using var visitor = factory.CreateClient();
        var items = (await (await visitor.GetAsync("/api/v1/products?pageSize=60")).JsonAsync()).GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 17, $"{items.Count} demo products");
        foreach (var item in items)
        {
            var name = item.GetProperty("name").GetString();
            var thumbnail = item.GetProperty("thumbnailUrl").GetString();
            Assert.False(string.IsNullOrEmpty(thumbnail), $"{name} has no picture");
            using var picture = await visitor.GetAsync(thumbnail);
            Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
            Assert.Equal([0xFF, 0xD8, 0xFF], (await picture.Content.ReadAsByteArrayAsync())[..3]); // a JPEG

            var product = await (await visitor.GetAsync($"/api/v1/products/{item.GetProperty("productId").GetGuid()}")).JsonAsync();
            Assert.True(product.GetProperty("description").GetString()!.Length > 120, $"{name}'s description is a line, not a description");
        }

        // One link as Facebook and Zalo read it: the picture is absolute and answers.
        var page = await visitor.GetPageAsync($"/products/{items[0].GetProperty("productId").GetGuid()}");
        var image = page.Document.QuerySelector("meta[property='og:image']")?.GetAttribute("content");
        Assert.StartsWith("http", image, StringComparison.Ordinal);
        using var shared = await visitor.GetAsync(new Uri(image!).PathAndQuery);
        Assert.Equal("image/jpeg", shared.Content.Headers.ContentType?.MediaType);
    }
}
