using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// A cooperative's sale price runs on its days only (Vietnam's whole days): the card, the product's
/// page, the cart and the order take it on those days and the list price before and after, with
/// nothing undone by hand; bad terms are 400s naming the field. The alliance's campaigns have a page
/// of their own with the products the admins chose, in their order, on the home page while they run.
/// </summary>
public sealed class SalesAndCampaignsTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    private DateOnly Today => factory.Clock.Today();

    [Fact]
    public async Task ASale_PricesTheCardThePageTheCartAndTheOrder_OnItsDaysOnly()
    {
        var listing = await factory.Listing().Named("Mật ong bạc hà " + Guid.NewGuid().ToString("N")[..6]).Priced(200_000, (10, 180_000)).BuildAsync();
        using (var put = await PutSaleAsync(listing, 150_000, Today.AddDays(1), Today.AddDays(3)))
        {
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            var sale = (await put.JsonAsync()).GetProperty("variants")[0].GetProperty("sale");
            Assert.False(sale.GetProperty("running").GetBoolean()); // to come: the cooperative sees it set
        }

        using var visitor = factory.CreateClient();
        var shopper = await ShopperWithAsync(listing, 2);

        // Before its first day: the list price everywhere, and no sale shown to the public.
        var before = await ProductAsync(visitor, listing);
        Assert.Equal(200_000, Amount(before.GetProperty("variants")[0], "selling"));
        Assert.Equal(JsonValueKind.Null, before.GetProperty("variants")[0].GetProperty("sale").ValueKind);
        Assert.Equal(200_000, await CartUnitPriceAsync(shopper));
        Assert.Equal(0, await CountUnderAsync(visitor, listing, 160_000));

        try
        {
            factory.Clock.Shift = TimeSpan.FromDays(1);
            var during = (await ProductAsync(visitor, listing)).GetProperty("variants")[0];
            Assert.Equal(150_000, Amount(during, "selling"));
            Assert.Equal(200_000, Amount(during, "price"));
            Assert.Equal(Today.AddDays(2).ToString("yyyy-MM-dd"), during.GetProperty("sale").GetProperty("until").GetString());

            var card = (await (await visitor.GetAsync("/api/v1/products?q=" + Uri.EscapeDataString(listing.Name))).JsonAsync())
                .GetProperty("items").EnumerateArray().Single(i => i.GetProperty("productId").GetGuid() == listing.ProductId.Value);
            Assert.Equal(150_000, Amount(card, "price"));
            Assert.Equal(200_000, Amount(card, "listPrice"));
            Assert.Equal(25, card.GetProperty("percentOff").GetInt32());
            // The price filter and sort agree with the card: at 150.000 ₫ it is under 160.000 ₫ today, and was not yesterday.
            Assert.Equal(1, await CountUnderAsync(visitor, listing, 160_000));

            var page = await visitor.GetPageAsync($"/products/{listing.ProductId}");
            Assert.Contains("150.000", page.Text("#variants td.amount"), StringComparison.Ordinal);
            Assert.Contains("200.000", page.Text("#variants td.amount s.was"), StringComparison.Ordinal);
            Assert.Contains("\"price\":\"150000\"", page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent, StringComparison.Ordinal);

            // A shopper of that day (a token lives hours, not days).
            shopper = await ShopperWithAsync(listing, 2);
            var cart = await CartAsync(shopper);
            var line = cart.GetProperty("groups")[0].GetProperty("lines")[0];
            Assert.Equal(150_000, Amount(line, "unitPrice"));
            Assert.Equal(200_000, Amount(line, "listPrice"));
            using var placed = await shopper.SendAsync(Checkouts.Request(Guid.NewGuid()));
            Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
            var ordered = (await placed.JsonAsync()).GetProperty("parts")[0].GetProperty("lines")[0];
            Assert.Equal(150_000, Amount(ordered, "unitPrice"));
            Assert.Equal(300_000, Amount(ordered, "lineTotal"));

            // The day after its last: the list price again, though nobody touched the sale.
            factory.Clock.Shift = TimeSpan.FromDays(4);
            Assert.Equal(200_000, Amount((await ProductAsync(visitor, listing)).GetProperty("variants")[0], "selling"));
            Assert.Equal(200_000, await CartUnitPriceAsync(await ShopperWithAsync(listing, 1)));
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task BadSaleTerms_AreRefusedByField_AndAnotherCooperativeSeesNoProduct()
    {
        var listing = await factory.Listing().Priced(120_000).BuildAsync();
        (string Field, long Price, DateOnly? From, DateOnly? Until)[] bad =
        [
            ("PriceVnd", 120_000, Today, Today.AddDays(2)), // not below the list price
            ("PriceVnd", 0, Today, Today.AddDays(2)),
            ("Until", 99_000, Today.AddDays(3), Today.AddDays(1)), // ends before it starts
            ("Until", 99_000, Today.AddDays(-5), Today.AddDays(-1)), // over already
            ("Until", 99_000, Today, Today.AddDays(120)), // longer than 90 days
            ("From", 99_000, null, Today.AddDays(2)),
        ];
        foreach (var (field, price, from, until) in bad)
        {
            using var refused = await PutSaleAsync(listing, price, from, until);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var errors = (await refused.JsonAsync()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out _), $"{field} not named for {price} {from} {until}: {errors}");
        }

        var product = await (await listing.Cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{listing.ProductId}")).JsonAsync();
        Assert.Equal(JsonValueKind.Null, product.GetProperty("variants")[0].GetProperty("sale").ValueKind); // nothing was saved

        var other = await factory.ApprovedCooperativeAsync();
        using var stranger = await other.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/products/{listing.ProductId}/variants/{listing.VariantId}/sale",
            new { priceVnd = 99_000, from = Today, until = Today.AddDays(2) });
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);

        // Set, then taken off at once: the list price again today.
        (await PutSaleAsync(listing, 99_000, Today, Today.AddDays(2))).EnsureSuccessStatusCode();
        Assert.Equal(99_000, Amount((await ProductAsync(factory.CreateClient(), listing)).GetProperty("variants")[0], "selling"));
        (await listing.Cooperative.Owner.DeleteAsync($"/api/v1/cooperatives/products/{listing.ProductId}/variants/{listing.VariantId}/sale"))
            .EnsureSuccessStatusCode();
        Assert.Equal(120_000, Amount((await ProductAsync(factory.CreateClient(), listing)).GetProperty("variants")[0], "selling"));
    }

    [Fact]
    public async Task TheSalesForm_ReadsAPriceAsTyped_AndSaysBesideTheFieldWhyOneIsRefused()
    {
        var listing = await factory.Listing().Priced(250_000).BuildAsync();
        var pages = await factory.SignedInPagesAsync(listing.Cooperative.OwnerEmail);
        var address = $"/cooperatives/products/{listing.ProductId}";
        var form = $"#sale-{listing.VariantId} form.sale-form";
        var fields = new Dictionary<string, string>
        {
            ["Sale.Price"] = "260k",
            ["Sale.From"] = Today.ToString("yyyy-MM-dd"),
            ["Sale.Until"] = Today.AddDays(6).ToString("yyyy-MM-dd"),
        };
        var refused = await Html.ParseAsync(await pages.SubmitAsync(await pages.GetPageAsync(address), form, fields));
        Assert.Contains("250.000", refused.Text($"#SalePriceError-{listing.VariantId}"), StringComparison.Ordinal);
        Assert.Equal("260k", refused.Document.QuerySelector($"#SalePrice-{listing.VariantId}")!.GetAttribute("value"));

        fields["Sale.Price"] = "199k";
        var saved = await Html.ParseAsync(await pages.SubmitAsync(await pages.GetPageAsync(address), form, fields));
        Assert.Contains("199.000", saved.Text($"#sale-{listing.VariantId} .sale-running"), StringComparison.Ordinal);
        Assert.Equal(199_000, Amount((await ProductAsync(factory.CreateClient(), listing)).GetProperty("variants")[0], "selling"));
    }

    [Fact]
    public async Task ACampaign_HasItsPage_OfTheChosenProductsInOrder_OnTheHomePageWhileItRuns()
    {
        using var admin = await factory.AdminAsync();
        var first = await factory.Listing().Named("Cà phê Cầu Đất " + Guid.NewGuid().ToString("N")[..6]).Priced(300_000).BuildAsync();
        var second = await factory.Listing().Named("Long nhãn " + Guid.NewGuid().ToString("N")[..6]).Priced(150_000).BuildAsync();
        (await PutSaleAsync(second, 120_000, Today, Today.AddDays(1))).EnsureSuccessStatusCode();
        var title = "Hội chợ nông sản " + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.PostAsJsonAsync("/api/v1/admin/campaigns", new
        {
            title,
            titleEnglish = "Farm produce fair",
            description = "Nông sản của các hợp tác xã, giảm giá suốt hội chợ.",
            startsOn = Today,
            endsOn = Today.AddDays(1), // the home page shows the two running campaigns that end soonest; this one ends first
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaign = await created.JsonAsync();
        var id = campaign.GetProperty("campaignId").GetGuid();
        var slug = campaign.GetProperty("slug").GetString()!;
        Assert.StartsWith("hoi-cho-nong-san-", slug, StringComparison.Ordinal);

        // The admins' order is the page's: the one on sale first.
        var order = new { productIds = new[] { second.ProductId, first.ProductId } };
        using (var chosen = await admin.PutAsJsonAsync($"/api/v1/admin/campaigns/{id}/products", order))
        {
            Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        }

        using var visitor = factory.CreateClient();
        var page = await (await visitor.GetAsync($"/api/v1/campaigns/{slug}")).JsonAsync();
        Assert.Equal("Running", page.GetProperty("state").GetString());
        var cards = page.GetProperty("products").EnumerateArray().ToList();
        Assert.Equal([second.ProductId.Value, first.ProductId.Value], cards.Select(c => c.GetProperty("productId").GetGuid()));
        Assert.Equal(120_000, Amount(cards[0], "price"));
        Assert.Equal(150_000, Amount(cards[0], "listPrice"));

        var html = await visitor.GetPageAsync($"/campaigns/{slug}");
        Assert.Equal(200, html.Status);
        Assert.Equal(title, html.Text("h1"));
        Assert.Equal(2, html.Document.QuerySelectorAll("#products .card.product").Length);
        Assert.Equal(title, html.Document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")?.Split(" | ")[0]);
        Assert.Contains($"/campaigns/{slug}", await (await visitor.GetAsync("/sitemaps/pages.xml")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var current = await (await visitor.GetAsync("/api/v1/campaigns")).JsonAsync();
        Assert.Contains(slug, current.EnumerateArray().Select(c => c.GetProperty("slug").GetString()));

        var home = await visitor.GetPageAsync("/");
        Assert.NotNull(home.Document.QuerySelector($"#home-campaign-{slug} a[href='/campaigns/{slug}']"));

        try
        {
            // The day after its last: its page still opens and says it ended; the home page no longer shows it.
            factory.Clock.Shift = TimeSpan.FromDays(2);
            var ended = await visitor.GetPageAsync($"/campaigns/{slug}");
            Assert.Equal(200, ended.Status);
            Assert.Contains("Đã kết thúc", ended.Text("#campaign-state"), StringComparison.Ordinal);
            Assert.Equal(150_000, Amount((await (await visitor.GetAsync($"/api/v1/campaigns/{slug}")).JsonAsync()).GetProperty("products")[0], "price"));
            Assert.Null((await visitor.GetPageAsync("/")).Document.QuerySelector($"#home-campaign-{slug}"));
            var sitemap = await (await visitor.GetAsync("/sitemaps/pages.xml")).Content.ReadAsStringAsync();
            Assert.DoesNotContain($"/campaigns/{slug}", sitemap, StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/campaigns/khong-co-chien-dich-nay")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/api/v1/campaigns/khong-co-chien-dich-nay")).StatusCode);
    }

    [Fact]
    public async Task BadCampaigns_AreRefusedByField_AndOnlyAdminsRunThem()
    {
        using var admin = await factory.AdminAsync();
        object[] bad =
        [
            new { title = "", description = "Mô tả", startsOn = Today, endsOn = Today.AddDays(1) },
            new { title = "Tuần lễ", description = "", startsOn = Today, endsOn = Today.AddDays(1) },
            new { title = "Tuần lễ", description = "Mô tả", startsOn = Today.AddDays(3), endsOn = Today },
            new { title = "Tuần lễ", description = "Mô tả", startsOn = Today, endsOn = Today.AddDays(200) },
            new { title = "Tuần lễ", description = "Mô tả", startsOn = (DateOnly?)null, endsOn = Today },
            new { title = "!!!", description = "Mô tả", startsOn = Today, endsOn = Today.AddDays(1) }, // no address can be made of it
        ];
        string[] fields = ["Title", "Description", "EndsOn", "EndsOn", "StartsOn", "Title"];
        foreach (var (body, field) in bad.Zip(fields))
        {
            using var refused = await admin.PostAsJsonAsync("/api/v1/admin/campaigns", body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), $"{field} not named for {body}");
        }

        var (shopper, _) = await factory.NewPersonAsync("khongphaiadmin");
        using (var forbidden = await shopper.PostAsJsonAsync(
            "/api/v1/admin/campaigns", new { title = "Tuần lễ", description = "Mô tả", startsOn = Today, endsOn = Today.AddDays(1) }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        using var created = await admin.PostAsJsonAsync(
            "/api/v1/admin/campaigns", new { title = "Lễ hội mùa vụ", description = "Mùa nhãn.", startsOn = Today, endsOn = Today.AddDays(3) });
        var id = (await created.JsonAsync()).GetProperty("campaignId").GetGuid();
        Assert.NotEqual("le-hoi-mua-vu", (await (await admin.PostAsJsonAsync(
            "/api/v1/admin/campaigns", new { title = "Lễ hội mùa vụ", description = "Lần hai.", startsOn = Today, endsOn = Today.AddDays(3) })).JsonAsync())
            .GetProperty("slug").GetString()); // a second of the same title gets an address of its own

        // A draft cannot be chosen (it would leave a hole in the page), nor more than 60 products.
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var draft = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/products", new { categoryId = await factory.CategoryIdAsync(), name = "Nháp", description = "Nháp." });
        var draftId = (await draft.JsonAsync()).GetProperty("productId").GetGuid();
        using (var withDraft = await admin.PutAsJsonAsync($"/api/v1/admin/campaigns/{id}/products", new { productIds = new[] { draftId } }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, withDraft.StatusCode);
            Assert.Contains(draftId.ToString(), (await withDraft.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using (var tooMany = await admin.PutAsJsonAsync(
            $"/api/v1/admin/campaigns/{id}/products", new { productIds = Enumerable.Range(0, 61).Select(_ => Guid.NewGuid()).ToArray() }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        }

        using var unknown = await admin.PutAsJsonAsync($"/api/v1/admin/campaigns/{Guid.NewGuid()}/products", new { productIds = Array.Empty<Guid>() });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task TheAdminsPage_MakesACampaign_FindsAndAddsProducts_AndMovesOneUp()
    {
        var first = await factory.Listing().Named("Miến dong Bình Liêu " + Guid.NewGuid().ToString("N")[..6]).BuildAsync();
        var second = await factory.Listing().Named("Miến dong Bình Liêu " + Guid.NewGuid().ToString("N")[..6]).BuildAsync();
        var pages = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var list = await pages.GetPageAsync("/admin/campaigns");
        var refused = await Html.ParseAsync(await pages.SubmitAsync(list, "#campaign-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Tuần lễ miến dong",
            ["Input.Description"] = string.Empty,
            ["Input.StartsOn"] = Today.ToString("yyyy-MM-dd"),
            ["Input.EndsOn"] = Today.AddDays(6).ToString("yyyy-MM-dd"),
        }));
        Assert.Contains(refused.Texts("#campaign-form .field-error"), e => e.Contains("Giới thiệu", StringComparison.Ordinal)); // beside its field
        Assert.Equal("Tuần lễ miến dong", refused.Document.QuerySelector("#Title")!.GetAttribute("value"));

        using var made = await pages.SubmitAsync(refused, "#campaign-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Tuần lễ miến dong",
            ["Input.Description"] = "Miến dong của các hợp tác xã miền núi.",
            ["Input.StartsOn"] = Today.ToString("yyyy-MM-dd"),
            ["Input.EndsOn"] = Today.AddDays(6).ToString("yyyy-MM-dd"),
        });
        var campaignPage = await Html.ParseAsync(made);
        Assert.Matches("^/admin/campaigns/[0-9a-f-]{36}$", campaignPage.Url);

        var found = await pages.GetPageAsync(campaignPage.Url + "?q=" + Uri.EscapeDataString(first.Name));
        await pages.SubmitAsync(found, $"#found li[data-product='{first.ProductId}'] form", new Dictionary<string, string>());
        found = await pages.GetPageAsync(campaignPage.Url + "?q=" + Uri.EscapeDataString(second.Name));
        var add = $"#found li[data-product='{second.ProductId}'] form";
        var added = await Html.ParseAsync(await pages.SubmitAsync(found, add, new Dictionary<string, string>()));
        Assert.Equal(
            [first.ProductId.Value.ToString(), second.ProductId.Value.ToString()],
            added.Document.QuerySelectorAll("#chosen li").Select(li => li.GetAttribute("data-product")!));

        var moved = await Html.ParseAsync(await pages.SubmitAsync(added, $"#chosen li[data-product='{second.ProductId}'] form[action*='handler=Up']",
            new Dictionary<string, string>()));
        Assert.Equal(
            [second.ProductId.Value.ToString(), first.ProductId.Value.ToString()],
            moved.Document.QuerySelectorAll("#chosen li").Select(li => li.GetAttribute("data-product")!));
    }

    private static Task<HttpResponseMessage> PutSaleAsync(TestListing listing, long priceVnd, DateOnly? from, DateOnly? until) =>
        listing.Cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/products/{listing.ProductId}/variants/{listing.VariantId}/sale", new { priceVnd, from, until });

    private async Task<HttpClient> ShopperWithAsync(TestListing listing, int quantity)
    {
        var (shopper, _) = await factory.NewPersonAsync("giamgia");
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity })).EnsureSuccessStatusCode();
        return shopper;
    }

    private static async Task<JsonElement> ProductAsync(HttpClient client, TestListing listing) =>
        await (await client.GetAsync($"/api/v1/products/{listing.ProductId}")).JsonAsync();

    private static async Task<int> CountUnderAsync(HttpClient visitor, TestListing listing, long maxPrice) =>
        (await (await visitor.GetAsync($"/api/v1/products?q={Uri.EscapeDataString(listing.Name)}&maxPrice={maxPrice}&sort=PriceAscending")).JsonAsync())
            .GetProperty("items").EnumerateArray().Count(i => i.GetProperty("productId").GetGuid() == listing.ProductId.Value);

    private static async Task<JsonElement> CartAsync(HttpClient shopper) => await (await shopper.GetAsync("/api/v1/cart")).JsonAsync();

    private static async Task<long> CartUnitPriceAsync(HttpClient shopper) =>
        Amount((await CartAsync(shopper)).GetProperty("groups")[0].GetProperty("lines")[0], "unitPrice");

    private static long Amount(JsonElement element, string property) => element.GetProperty(property).GetProperty("amount").GetInt64();
}
