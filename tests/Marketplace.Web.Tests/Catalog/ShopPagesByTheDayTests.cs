using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Ordering;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// A cached shopper page is of its day (Vietnam's date): a pre-order window that opens tomorrow
/// shows as coming all day from the cache, and as open from midnight, though nothing evicted the
/// page in between.
/// </summary>
public sealed class ShopPagesByTheDayTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    [Fact]
    public async Task AWindowOpeningTomorrow_ShowsOpen_FromMidnight_ThoughThePageWasCached()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await PreorderTests.OpenAsync(listing, 100, "ProRata", opensInDays: 1);
        using var visitor = factory.CreateClient();
        var address = $"/products/{listing.ProductId}";
        string Reserve() => $"#product-preorders a.button[href='/preorders/{windowId}']";

        var today = await Html.ParseAsync(await visitor.GetAsync(address));
        using (var cached = await visitor.GetAsync(address))
        {
            Assert.NotNull(cached.Headers.Age); // served from the cache
            Assert.Null((await Html.ParseAsync(cached)).Document.QuerySelector(Reserve()));
        }

        Assert.NotNull(today.Document.QuerySelector($"#product-preorders a[href='/preorders/{windowId}']"));
        try
        {
            factory.Clock.Shift = TimeSpan.FromDays(1);
            using var tomorrow = await visitor.GetAsync(address);
            Assert.Null(tomorrow.Headers.Age); // rendered anew on its day
            Assert.NotNull((await Html.ParseAsync(tomorrow)).Document.QuerySelector(Reserve()));
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }
}
