using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>The search page's "?page=" is the page shown (it once showed the first page for every number).</summary>
public sealed class SearchPagingTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TheSecondPage_ShowsTheProductsAfterTheFirst24_AndABadNumberShowsTheFirst()
    {
        var word = "PhânTrang" + Guid.NewGuid().ToString("N")[..6];
        var cooperative = await factory.ApprovedCooperativeAsync();
        for (var i = 1; i <= 26; i++)
        {
            await factory.Listing().SoldBy(cooperative).Named($"{word} số {i:00}").BuildAsync();
        }

        var client = factory.CreateClient();
        var search = "/products?sort=Name&q=" + Uri.EscapeDataString(word);
        var first = (await client.GetPageAsync(search)).Texts("#products h3");
        var second = (await client.GetPageAsync(search + "&page=2")).Texts("#products h3");
        Assert.Equal(24, first.Count);
        Assert.Equal(2, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.Equal(26, first.Concat(second).Distinct().Count());

        var wrong = await client.GetPageAsync(search + "&page=hai");
        Assert.Equal(200, wrong.Status);
        Assert.Equal(first, wrong.Texts("#products h3"));
    }
}
