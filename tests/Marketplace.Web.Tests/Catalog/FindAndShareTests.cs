using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// What search engines and the apps a link is shared in read of the marketplace: each public page's
/// description, canonical address, languages, Open Graph and JSON-LD (parsed back here), robots.txt
/// and the sitemap; every address from Site:PublicBaseUrl, and nothing a cooperative writes able to
/// break out of the JSON-LD script.
/// </summary>
public sealed class FindAndShareTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private string Base => factory.PublicBaseUrl.TrimEnd('/');

    private static string Meta(HtmlPage page, string name) =>
        page.Document.QuerySelector($"meta[property='{name}'], meta[name='{name}']")?.GetAttribute("content") ?? string.Empty;

    private static List<JsonElement> StructuredData(HtmlPage page) =>
        [.. page.Document.QuerySelectorAll("script[type='application/ld+json']").Select(s => JsonDocument.Parse(s.TextContent).RootElement)];

    private static JsonElement Thing(HtmlPage page, string type) => StructuredData(page).Single(t => t.GetProperty("@type").GetString() == type);

    [Fact]
    public async Task AProductPage_DescribesItself_ToSearchEnginesAndSharedLinks_WithItsPictureOffersAndBreadcrumbs()
    {
        var tea = await factory.Listing().Named("Trà Shan Tuyết cổ thụ").Priced(185_000).WithStock(12).BuildAsync();
        var owner = tea.Cooperative.Owner;
        (await owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/products/{tea.ProductId}/variants",
            new
            {
                sku = $"{tea.Sku}-L",
                unit = "box",
                netWeightGrams = 500,
                priceVnd = 420_000,
                stock = 0,
                minOrderQuantity = 1,
                tiers = Array.Empty<object>(),
            }))
            .EnsureSuccessStatusCode();
        // A description that tries to end the JSON-LD script and run its own: it stays text.
        var categoryId = await factory.CategoryIdAsync();
        (await owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{tea.ProductId}", new
        {
            categoryId,
            name = tea.Name,
            description = "Búp chè hái tay trên núi cao Hà Giang </script><script>alert('x')</script> & phơi nắng tự nhiên, nước vàng sánh, "
                + "hậu ngọt kéo dài. Mỗi mẻ trà được sao bằng chảo gang trên bếp củi theo cách của người Dao đỏ, giữ hương khói nhẹ và vị chát dịu.",
        })).EnsureSuccessStatusCode();
        await owner.AddPictureAsync(tea.ProductId);

        var response = await factory.CreateClient().GetAsync($"/products/{tea.ProductId}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var page = await factory.CreateClient().GetPageAsync($"/products/{tea.ProductId}"); // the address by id answers with the one in words
        var path = (await (await factory.CreateClient().GetAsync($"/api/v1/products/{tea.ProductId}")).JsonAsync()).GetProperty("path").GetString()!;
        Assert.Equal($"/products/{tea.Cooperative.Slug}/{page.Url.Split('/')[^1]}", path);
        Assert.Equal(path, page.Url);
        var url = $"{Base}{path}";
        Assert.Equal(url, page.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal($"{url}?lang=en", page.Document.QuerySelector("link[hreflang=en]")!.GetAttribute("href"));
        var description = Meta(page, "description");
        Assert.StartsWith("Búp chè hái tay", description, StringComparison.Ordinal);
        Assert.InRange(description.Length, 80, 161);
        Assert.Equal(tea.Name, Meta(page, "og:title"));
        Assert.Equal("product", Meta(page, "og:type"));
        Assert.Equal(url, Meta(page, "og:url"));
        Assert.StartsWith($"{Base}/api/v1/products/images/", Meta(page, "og:image"), StringComparison.Ordinal);
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
        Assert.Equal("185000", Meta(page, "product:price:amount"));
        Assert.Null(page.Document.QuerySelector("meta[name=robots]"));

        // The picture a shared link shows is served to whoever follows it.
        var image = await factory.CreateClient().GetAsync(new Uri(Meta(page, "og:image")).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);

        var product = Thing(page, "Product");
        Assert.Equal(tea.Name, product.GetProperty("name").GetString());
        Assert.Contains("</script>", product.GetProperty("description").GetString(), StringComparison.Ordinal); // kept as text, read back whole
        var offers = product.GetProperty("offers");
        Assert.Equal("AggregateOffer", offers.GetProperty("@type").GetString());
        Assert.Equal("185000", offers.GetProperty("lowPrice").GetString());
        Assert.Equal("420000", offers.GetProperty("highPrice").GetString());
        Assert.Equal("VND", offers.GetProperty("priceCurrency").GetString());
        Assert.Equal("https://schema.org/InStock", offers.GetProperty("availability").GetString());
        Assert.Equal($"{Base}/storefronts/{tea.Cooperative.Slug}", offers.GetProperty("seller").GetProperty("url").GetString());
        var crumbs = Thing(page, "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(3, crumbs.Count);
        Assert.Equal(url, crumbs[2].GetProperty("item").GetString());
        Assert.Equal(3, crumbs[2].GetProperty("position").GetInt32());

        // Its English version, at the address hreflang names, without a cookie.
        var english = await factory.CreateClient().GetPageAsync($"/products/{tea.ProductId}?lang=en");
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en_US", Meta(english, "og:locale"));
        Assert.Equal($"{url}?lang=en", english.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        // However the id is written, the page names one address.
        var upper = await factory.CreateClient().GetPageAsync($"/products/{tea.ProductId.Value.ToString().ToUpperInvariant()}");
        Assert.Equal(url, upper.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        // Choosing Vietnamese on the English address goes back to the page without "lang", in Vietnamese.
        var reader = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using (var byId = await reader.GetAsync($"/products/{tea.ProductId}?lang=en"))
        {
            Assert.Equal(HttpStatusCode.MovedPermanently, byId.StatusCode);
            Assert.Equal($"{path}?lang=en", byId.Headers.Location?.OriginalString);
        }

        var onEnglish = await reader.GetPageAsync($"{path}?lang=en");
        using var chosen = await reader.SubmitAsync(onEnglish, "form.language", new Dictionary<string, string>(), submitValue: "vi");
        Assert.Equal(path, chosen.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AStorefrontAndTheHomePage_SayWhoTheyAre_AndPrivatePagesAskNotToBeListed()
    {
        var rice = await factory.Listing().BuildAsync();
        var storefront = await factory.CreateClient().GetPageAsync($"/storefronts/{rice.Cooperative.Slug}");
        var organization = Thing(storefront, "Organization");
        Assert.Equal(rice.Cooperative.Name, organization.GetProperty("name").GetString());
        Assert.Equal($"{Base}/storefronts/{rice.Cooperative.Slug}", organization.GetProperty("url").GetString());
        Assert.Equal("VN", organization.GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.NotEmpty(Meta(storefront, "description"));
        Assert.NotNull(storefront.Document.QuerySelector("[data-share][data-share-url]"));

        var home = await factory.CreateClient().GetPageAsync("/");
        var site = Thing(home, "WebSite");
        Assert.Equal($"{Base}/products?q={{search_term_string}}", site.GetProperty("potentialAction").GetProperty("target").GetString());
        Assert.Equal($"{Base}/", home.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));

        // The catalog by category is a listing to keep; a typed search, the cart and sign-in are not.
        var listing = await factory.CreateClient().GetPageAsync("/products?category=" + (await CategorySlugAsync()) + "&sort=PriceAscending&page=1");
        Assert.Equal("noindex", Meta(listing, "robots")); // sorted: a search, not the listing
        var category = await factory.CreateClient().GetPageAsync("/products?category=" + await CategorySlugAsync());
        Assert.Equal($"{Base}/products?category={await CategorySlugAsync()}", category.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        foreach (var path in new[] { "/products?q=tra", "/cart", "/account/login" })
        {
            Assert.Equal("noindex", Meta(await factory.CreateClient().GetPageAsync(path), "robots"));
        }
    }

    [Fact]
    public async Task RobotsAndTheSitemap_NameEveryPublicPage_AndAHiddenProductLeavesAtOnce()
    {
        var longan = await factory.Listing().Named("Nhãn lồng Hưng Yên").BuildAsync();
        var client = factory.CreateClient();
        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /cart", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
        Assert.Contains("Allow: /api/v1/products/images/", robots, StringComparison.Ordinal);
        Assert.Contains($"Sitemap: {Base}/sitemap.xml", robots, StringComparison.Ordinal);
        var disallowed = robots.Split('\n')
            .Where(l => l.StartsWith("Disallow:", StringComparison.Ordinal))
            .Select(l => l["Disallow:".Length..].Trim())
            .ToList();
        foreach (var open in new[] { "/", "/products", $"/products/{longan.ProductId}", $"/storefronts/{longan.Cooperative.Slug}", "/lots/X" })
        {
            Assert.DoesNotContain(disallowed, rule => rule.Length > 0 && open.StartsWith(rule, StringComparison.Ordinal));
        }


        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var files = index.Root!.Elements(ns + "sitemap").Select(s => s.Element(ns + "loc")!.Value).ToList();
        Assert.Equal($"{Base}/sitemaps/pages.xml", files[0]);
        Assert.Contains($"{Base}/sitemaps/products-1.xml", files);

        async Task<List<string>> LocationsAsync(string file) =>
            [.. XDocument.Parse(await client.GetStringAsync(new Uri(file).PathAndQuery)).Root!.Elements(ns + "url").Select(u => u.Element(ns + "loc")!.Value)];
        var pages = await LocationsAsync(files[0]);
        Assert.Contains($"{Base}/", pages);
        Assert.Contains($"{Base}/storefronts/{longan.Cooperative.Slug}", pages);
        var products = new List<string>();
        foreach (var file in files.Skip(1))
        {
            products.AddRange(await LocationsAsync(file));
        }

        var address = (await (await client.GetAsync($"/api/v1/products/{longan.ProductId}")).JsonAsync()).GetProperty("path").GetString();
        Assert.Contains($"{Base}{address}", products);

        using (var admin = await factory.AdminAsync())
        {
            (await admin.PostAsJsonAsync($"/api/v1/admin/products/{longan.ProductId}/moderation", new { hide = true, reason = "Ảnh không đúng sản phẩm." }))
                .EnsureSuccessStatusCode();
        }

        var after = new List<string>();
        foreach (var file in files.Skip(1))
        {
            after.AddRange(await LocationsAsync(file));
        }

        Assert.DoesNotContain($"{Base}{address}", after);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemaps/products-9999.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/sitemaps/anything.xml")).StatusCode);
    }

    private async Task<string> CategorySlugAsync() =>
        (await (await factory.CreateClient().GetAsync("/api/v1/categories")).JsonAsync())[0].GetProperty("slug").GetString()!;
}
