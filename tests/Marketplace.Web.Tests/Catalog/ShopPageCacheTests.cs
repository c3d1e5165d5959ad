using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// The shopper's pages come from the output cache for visitors who are not signed in (a cached
/// answer carries an Age header), and what a visitor must see at once still shows at once: a price
/// changed, stock sold, a product hidden, a cooperative suspended; no one signed in is served a
/// cached page or has theirs stored; a cached page carries nothing of one visitor's, and its form
/// still works for the next.
/// </summary>
public sealed class ShopPageCacheTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static bool Cached(HttpResponseMessage response) => response.Headers.Age is not null;

    private static async Task<(bool Cached, HtmlPage Page)> VisitAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (Cached(response), await Html.ParseAsync(response));
    }

    [Fact]
    public async Task APage_IsServedFromTheCache_UntilThePriceOrTheStockChanges()
    {
        var tea = await factory.Listing().Named("Trà bộ nhớ đệm " + Guid.NewGuid().ToString("N")[..6]).Priced(120_000).WithStock(30).BuildAsync();
        using var visitor = factory.CreateClient();
        var address = $"/products/{tea.ProductId}";
        var listing = $"/products?vendor={tea.Cooperative.Slug}";

        var first = await VisitAsync(visitor, address);
        Assert.False(first.Cached);
        var again = await VisitAsync(visitor, address);
        Assert.True(again.Cached);
        Assert.Equal(first.Page.Document.DocumentElement.OuterHtml, again.Page.Document.DocumentElement.OuterHtml);
        await VisitAsync(visitor, listing);
        Assert.True((await VisitAsync(visitor, listing)).Cached);

        // Nothing of one visitor's in a page served to all: no antiforgery token, no cookie set.
        Assert.Empty(again.Page.Document.QuerySelectorAll("input[name=__RequestVerificationToken]"));
        Assert.NotNull(again.Page.Document.QuerySelector("form.add-to-cart[data-token-on-submit]"));
        using (var fresh = factory.CreateClient(new() { HandleCookies = false }))
        using (var response = await fresh.GetAsync(address))
        {
            Assert.True(Cached(response));
            Assert.False(response.Headers.Contains("Set-Cookie"));
        }

        // The cooperative changes the price: the product page and the listing show it at once.
        var owner = tea.Cooperative.Owner;
        using (var edited = await owner.RepriceAsync(tea.ProductId.Value, tea.VariantId.Value, tea.Sku, 95_000, 30))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        var repriced = await VisitAsync(visitor, address);
        Assert.False(repriced.Cached);
        Assert.Contains("95.000", repriced.Page.Text(".product-page table"), StringComparison.Ordinal);
        Assert.DoesNotContain("120.000", repriced.Page.Text(".product-page table"), StringComparison.Ordinal);
        Assert.Contains("95.000", (await VisitAsync(visitor, listing)).Page.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.True((await VisitAsync(visitor, address)).Cached);

        // Stock sold through checkout (a bulk UPDATE no change tracker sees) shows at once too.
        await factory.OrderAsync("CashOnDelivery", (tea, 4));
        var sold = await VisitAsync(visitor, address);
        Assert.False(sold.Cached);
        Assert.Contains("26", sold.Page.Text(".product-page table"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHiddenProduct_AndASuspendedCooperative_AreGoneAtOnce()
    {
        var tea = await factory.Listing().Named("Trà sắp ẩn " + Guid.NewGuid().ToString("N")[..6]).BuildAsync();
        var other = await factory.Listing().Named("Mắc ca sắp ngừng " + Guid.NewGuid().ToString("N")[..6]).BuildAsync();
        using var visitor = factory.CreateClient();
        var admin = await factory.AdminAsync();
        foreach (var url in new[] { $"/products/{tea.ProductId}", $"/storefronts/{other.Cooperative.Slug}", "/" })
        {
            await VisitAsync(visitor, url);
            Assert.True((await VisitAsync(visitor, url)).Cached, url);
        }

        (await admin.PostAsJsonAsync($"/api/v1/admin/products/{tea.ProductId}/moderation", new { hide = true, reason = "Ảnh không đúng sản phẩm" }))
            .EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/products/{tea.ProductId}")).StatusCode);

        Assert.Contains(other.Cooperative.Name, (await VisitAsync(visitor, "/")).Page.Document.Body!.TextContent, StringComparison.Ordinal);
        using (var suspended = await admin.DecideAsync(other.Cooperative.Id, "Suspend", "Bán hàng không rõ nguồn gốc."))
        {
            Assert.Equal(HttpStatusCode.OK, suspended.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/storefronts/{other.Cooperative.Slug}")).StatusCode);
        var home = await VisitAsync(visitor, "/");
        Assert.False(home.Cached);
        Assert.DoesNotContain(other.Cooperative.Name, home.Page.Document.Body!.TextContent, StringComparison.Ordinal);

        // Its products leave the catalog when the catalog hears of it (the outbox), and their pages with them.
        await People.EventuallyAsync(
            async () => (await visitor.GetAsync($"/products/{other.ProductId}")).StatusCode == HttpStatusCode.NotFound,
            "the suspended cooperative's product page to be gone");
    }

    [Fact]
    public async Task NoOneSignedIn_IsServedACachedPage_OrHasTheirsStored_AndOtherPagesAreNeverCached()
    {
        var tea = await factory.Listing().Named("Trà người đăng nhập " + Guid.NewGuid().ToString("N")[..6]).BuildAsync();
        var address = $"/products/{tea.ProductId}";
        using var visitor = factory.CreateClient();
        await VisitAsync(visitor, address);
        Assert.True((await VisitAsync(visitor, address)).Cached);

        using var shopper = await factory.SignedInPagesAsync("shopper1@example.vn", "Shopper#Demo2025");
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var mine = await VisitAsync(shopper, address);
            Assert.False(mine.Cached);
            Assert.Contains("shopper1@example.vn", mine.Page.Text(".hello"), StringComparison.OrdinalIgnoreCase);
            Assert.NotEmpty(mine.Page.Document.QuerySelectorAll("form.add-to-cart input[name=__RequestVerificationToken]"));
        }

        // And what they saw was not stored for the visitor.
        var visitors = await VisitAsync(visitor, address);
        Assert.Null(visitors.Page.Document.QuerySelector(".hello"));

        // Pages outside the shop are never cached, for anyone.
        foreach (var url in new[] { "/cart", "/account/login" })
        {
            foreach (var client in new[] { visitor, shopper })
            {
                using var first = await client.GetAsync(url);
                using var second = await client.GetAsync(url);
                Assert.False(Cached(second), url);
            }
        }

        // Each language is its own page.
        var english = await VisitAsync(visitor, address + "?lang=en");
        Assert.Equal("en", english.Page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("vi", (await VisitAsync(visitor, address)).Page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", (await VisitAsync(visitor, address + "?lang=en")).Page.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task ACachedPagesForm_SentWithoutScript_ChangesNothing_AndThePageRenderedForTheVisitor_AddsToTheCart()
    {
        var tea = await factory.Listing().Named("Trà không kịch bản " + Guid.NewGuid().ToString("N")[..6]).WithStock(10).BuildAsync();
        var address = $"/products/{tea.ProductId}";
        using var warm = factory.CreateClient();
        await VisitAsync(warm, address);

        using var visitor = factory.CreateClient();
        var cached = await VisitAsync(visitor, address);
        Assert.True(cached.Cached);

        // No script: the form goes without a token. Nothing is added; the visitor is asked to press again.
        using (var refused = await visitor.SubmitAsync(cached.Page, "form.add-to-cart", new Dictionary<string, string> { ["quantity"] = "2" }))
        {
            var page = await Html.ParseAsync(refused);
            Assert.Equal(cached.Page.Url, page.Url); // back on the product's page
            Assert.Contains("bấm lại", page.Text("#flash"), StringComparison.Ordinal);
            Assert.NotEmpty(page.Document.QuerySelectorAll("form.add-to-cart input[name=__RequestVerificationToken]"));
            Assert.DoesNotContain(tea.Name, (await visitor.GetPageAsync("/cart")).Document.Body!.TextContent, StringComparison.Ordinal);

            using var added = await visitor.SubmitAsync(page, "form.add-to-cart", new Dictionary<string, string> { ["quantity"] = "2" });
            Assert.Contains("Đã thêm vào giỏ hàng", (await Html.ParseAsync(added)).Text("#flash"), StringComparison.Ordinal);
        }

        Assert.Contains(tea.Name, (await visitor.GetPageAsync("/cart")).Document.Body!.TextContent, StringComparison.Ordinal);

        // With script, the page asks for this visitor's token as the button is pressed (site.js).
        using var token = await visitor.GetAsync("/forms/token");
        var issued = await token.JsonAsync();
        Assert.Equal("no-store", token.Headers.CacheControl?.ToString());
        var values = new Dictionary<string, string>
        {
            ["variantId"] = tea.VariantId.ToString(),
            ["quantity"] = "1",
            ["returnUrl"] = address,
            [issued.GetProperty("field").GetString()!] = issued.GetProperty("token").GetString()!,
        };
        using var withToken = await visitor.PostAsync("/cart?handler=Add", new FormUrlEncodedContent(values));
        Assert.Contains("Đã thêm vào giỏ hàng", (await Html.ParseAsync(withToken)).Text("#flash"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StockTakenInAnotherModulesTransaction_EvictsThePageRenderedBeforeThatTransactionCommitted()
    {
        var tea = await factory.Listing().Named("Trà giao dịch chung " + Guid.NewGuid().ToString("N")[..6]).WithStock(30).BuildAsync();
        using var visitor = factory.CreateClient();
        var address = $"/products/{tea.ProductId}";
        await VisitAsync(visitor, address);
        Assert.True((await VisitAsync(visitor, address)).Cached);

        // As checkout does: Ordering's transaction, in which Catalog takes the stock (and saves,
        // evicting the page), and a visitor's page rendered before the commit, from the stock as it was.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var ordering = scope.ServiceProvider.GetRequiredService<Marketplace.Ordering.Data.OrderingDbContext>();
            await using var transaction = await ordering.Database.BeginTransactionAsync();
            var sender = scope.ServiceProvider.GetRequiredService<Mediator.ISender>();
            var taken = await sender.Send(new Marketplace.Catalog.Contracts.ReserveStockCommand([new(tea.VariantId, 4)]));
            Assert.True(taken.IsSuccess);

            var during = await VisitAsync(visitor, address);
            Assert.False(during.Cached);
            Assert.Contains("30", during.Page.Text(".product-page table"), StringComparison.Ordinal);
            Assert.True((await VisitAsync(visitor, address)).Cached);
            await transaction.CommitAsync();
        }

        var after = await VisitAsync(visitor, address);
        Assert.False(after.Cached);
        Assert.Contains("26", after.Page.Text(".product-page table"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryKeysThePagesDoNotRead_ShareTheCachedCopy_AndThoseTheyRead_DoNot()
    {
        var tea = await factory.Listing().Named("Trà chiến dịch " + Guid.NewGuid().ToString("N")[..6]).BuildAsync();
        using var visitor = factory.CreateClient();
        var listing = $"/products?vendor={tea.Cooperative.Slug}";
        await VisitAsync(visitor, listing);

        // A campaign's or a crawler's key is not a new page to render and keep.
        Assert.True((await VisitAsync(visitor, listing + "&utm_source=zalo")).Cached);
        Assert.True((await VisitAsync(visitor, listing + "&x=" + Guid.NewGuid().ToString("N"))).Cached);
        Assert.False((await VisitAsync(visitor, $"/products/{tea.ProductId}")).Cached);
        Assert.True((await VisitAsync(visitor, $"/products/{tea.ProductId}?fbclid=abc")).Cached);

        // A filter the search reads is its own page.
        var cheaper = await VisitAsync(visitor, listing + "&maxPrice=1000");
        Assert.False(cheaper.Cached);
        Assert.DoesNotContain(tea.Name, cheaper.Page.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAsset_IsKeptAYear_OnlyUnderItsOwnHash()
    {
        using var visitor = factory.CreateClient();
        var home = await VisitAsync(visitor, "/");
        var script = home.Page.Document.QuerySelectorAll("script[src]")
            .Select(s => s.GetAttribute("src")!)
            .Single(src => src.StartsWith("/js/site.js?v=", StringComparison.Ordinal));

        using (var named = await visitor.GetAsync(script))
        {
            Assert.Equal(HttpStatusCode.OK, named.StatusCode);
            Assert.Equal("public, max-age=31536000, immutable", named.Headers.CacheControl?.ToString());
        }

        // Another release's hash (a page of a newer instance asking this one, in a rolling deploy):
        // this file is not what that address names, so it must not be kept under it.
        using var other = await visitor.GetAsync("/js/site.js?v=" + new string('A', 43));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.DoesNotContain("immutable", other.Headers.CacheControl?.ToString() ?? string.Empty, StringComparison.Ordinal);
    }
}
