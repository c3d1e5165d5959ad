using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Catalog.Features.Wishlist;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Ordering;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// Saved products and followed cooperatives: a sold-out product saved is mailed about once when it
/// is back, a follower hears of the cooperative's new pre-order and of a campaign its products are
/// in (once, however often the round runs), people who took it back hear nothing, and what cannot
/// be saved or followed is refused with a problem, on the API and on the pages.
/// </summary>
public sealed class WishlistTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private async Task<WishlistRound> RunTheRoundAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SendWishlistNoticesCommand());
    }

    /// <summary>
    /// The one mail with <paramref name="subject"/> to <paramref name="email"/>, waited for: the mail
    /// goes out through two outboxes (Ordering's, then Catalog's), which a busy machine may retry.
    /// </summary>
    private async Task<string> OneMailAsync(string email, string subject)
    {
        await factory.DrainOutboxesAsync();
        await People.EventuallyAsync(() => Task.FromResult(factory.MailsTo(email, subject).Length > 0), $"the mail '{subject}'");
        return Assert.Single(factory.MailsTo(email, subject));
    }

    [Fact]
    public async Task ASavedProductSoldOut_IsMailedOnce_WhenItIsBackInStock_AndNotToWhoeverRemovedIt()
    {
        var listing = await factory.Listing().WithStock(0).BuildAsync();
        var (waiter, waiterEmail) = await factory.NewPersonAsync("cho");
        var (quitter, quitterEmail) = await factory.NewPersonAsync("thoi");

        using (var saved = await waiter.PutAsync($"/api/v1/saved-products/{listing.ProductId}", null))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.True((await saved.JsonAsync()).GetProperty("waitingForStock").GetBoolean());
        }

        (await waiter.PutAsync($"/api/v1/saved-products/{listing.ProductId}", null)).EnsureSuccessStatusCode(); // twice: the same
        (await quitter.PutAsync($"/api/v1/saved-products/{listing.ProductId}", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await quitter.DeleteAsync($"/api/v1/saved-products/{listing.ProductId}")).StatusCode);

        await RunTheRoundAsync(); // still sold out: nothing to say
        await factory.DrainOutboxesAsync();
        Assert.Empty(factory.MailsTo(waiterEmail, "Đã có hàng trở lại"));

        (await listing.Cooperative.Owner.RepriceAsync(listing.ProductId.Value, listing.VariantId.Value, listing.Sku, listing.PriceVnd, 12))
            .EnsureSuccessStatusCode();
        Assert.True((await RunTheRoundAsync()).BackInStock >= 1);
        await RunTheRoundAsync(); // each once, however often the round runs
        var mail = await OneMailAsync(waiterEmail, "Đã có hàng trở lại");
        Assert.Contains(listing.Name, mail, StringComparison.Ordinal);
        Assert.Contains("/products/" + listing.Cooperative.Slug + "/", mail, StringComparison.Ordinal);
        Assert.Contains("/saved", mail, StringComparison.Ordinal); // where to stop hearing of it
        Assert.Empty(factory.MailsTo(quitterEmail, "Đã có hàng trở lại"));

        var wishlist = await (await waiter.GetAsync("/api/v1/saved-products")).JsonAsync();
        var product = Assert.Single(wishlist.GetProperty("products").EnumerateArray());
        Assert.False(product.GetProperty("waitingForStock").GetBoolean());
        Assert.Equal(12, product.GetProperty("card").GetProperty("stock").GetInt32());
        Assert.Empty((await (await quitter.GetAsync("/api/v1/saved-products")).JsonAsync()).GetProperty("products").EnumerateArray());
    }

    [Fact]
    public async Task AProductSavedInStock_ThatSellsOutAndComesBack_IsMailed_ButOneHiddenMeanwhileIsNot()
    {
        var kept = await factory.Listing().WithStock(3).BuildAsync();
        var hidden = await factory.Listing().WithStock(0).BuildAsync();
        var (shopper, email) = await factory.NewPersonAsync("ban");
        using (var saved = await shopper.PutAsync($"/api/v1/saved-products/{kept.ProductId}", null))
        {
            Assert.False((await saved.JsonAsync()).GetProperty("waitingForStock").GetBoolean()); // in stock: nothing awaited
        }

        (await shopper.PutAsync($"/api/v1/saved-products/{hidden.ProductId}", null)).EnsureSuccessStatusCode();
        (await kept.Cooperative.Owner.RepriceAsync(kept.ProductId.Value, kept.VariantId.Value, kept.Sku, kept.PriceVnd, 0)).EnsureSuccessStatusCode();
        await RunTheRoundAsync(); // sees it sold out: now awaited
        Assert.All(
            (await (await shopper.GetAsync("/api/v1/saved-products")).JsonAsync()).GetProperty("products").EnumerateArray(),
            p => Assert.True(p.GetProperty("waitingForStock").GetBoolean()));

        using (var admin = await factory.AdminAsync())
        {
            (await admin.PostAsJsonAsync($"/api/v1/admin/products/{hidden.ProductId}/moderation", new { hide = true, reason = "Nhãn sai." }))
                .EnsureSuccessStatusCode();
        }

        (await hidden.Cooperative.Owner.RepriceAsync(hidden.ProductId.Value, hidden.VariantId.Value, hidden.Sku, hidden.PriceVnd, 9))
            .EnsureSuccessStatusCode();
        (await kept.Cooperative.Owner.RepriceAsync(kept.ProductId.Value, kept.VariantId.Value, kept.Sku, kept.PriceVnd, 4)).EnsureSuccessStatusCode();
        await RunTheRoundAsync();
        var mail = await OneMailAsync(email, "Đã có hàng trở lại");
        Assert.Contains(kept.Name, mail, StringComparison.Ordinal);

        // The hidden one is still saved, shown as no longer sold, and still awaited should it come back.
        var gone = (await (await shopper.GetAsync("/api/v1/saved-products")).JsonAsync()).GetProperty("products").EnumerateArray()
            .Single(p => p.GetProperty("productId").GetGuid() == hidden.ProductId.Value);
        Assert.Equal(JsonValueKind.Null, gone.GetProperty("card").ValueKind);
        Assert.True(gone.GetProperty("waitingForStock").GetBoolean());
    }

    [Fact]
    public async Task AFollower_HearsOfTheCooperativesNewPreorder_AndOfACampaignItsProductsAreIn_OnceEach()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var other = await factory.Listing().BuildAsync();
        var (follower, followerEmail) = await factory.NewPersonAsync("theodoi");
        var (elsewhere, elsewhereEmail) = await factory.NewPersonAsync("noikhac");
        using (var followed = await follower.InEnglish().PutAsync($"/api/v1/followed-cooperatives/{listing.Cooperative.Id}", null))
        {
            Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
            Assert.Equal(listing.Cooperative.Name, (await followed.JsonAsync()).GetProperty("name").GetString());
        }

        (await elsewhere.PutAsync($"/api/v1/followed-cooperatives/{other.Cooperative.Id}", null)).EnsureSuccessStatusCode();

        // A new pre-order: mailed in the language the person followed in.
        var (windowId, _) = await PreorderTests.OpenAsync(listing, 500, "FirstComeFirstServed", opensInDays: 3);
        var preorder = await OneMailAsync(followerEmail, "opens pre-orders");
        Assert.Contains($"/preorders/{windowId}", preorder, StringComparison.Ordinal);
        Assert.Contains(Today.AddDays(3).ToString("yyyy-MM-dd"), preorder, StringComparison.Ordinal);
        Assert.Empty(factory.MailsTo(elsewhereEmail, "đặt trước")); // they follow another cooperative, in Vietnamese

        // A campaign with one of its products on sale: told once, by the round.
        using var admin = await factory.AdminAsync();
        (await listing.Cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/products/{listing.ProductId}/variants/{listing.VariantId}/sale",
            new { priceVnd = listing.PriceVnd - 10_000, from = Today, until = Today.AddDays(2) })).EnsureSuccessStatusCode();
        var title = "Tuần lễ nông sản " + Guid.NewGuid().ToString("N")[..6];
        using var created = await admin.PostAsJsonAsync(
            "/api/v1/admin/campaigns",
            new { title, titleEnglish = "Farm week " + title[^6..], description = "Giảm giá.", startsOn = Today, endsOn = Today.AddDays(2) });
        var campaign = await created.JsonAsync();
        (await admin.PutAsJsonAsync(
            $"/api/v1/admin/campaigns/{campaign.GetProperty("campaignId").GetGuid()}/products",
            new { productIds = new[] { listing.ProductId } })).EnsureSuccessStatusCode();
        Assert.True((await RunTheRoundAsync()).CampaignFollowers >= 1);
        await RunTheRoundAsync();
        var told = await OneMailAsync(followerEmail, "Now on: Farm week " + title[^6..]);
        Assert.Contains("/campaigns/" + campaign.GetProperty("slug").GetString(), told, StringComparison.Ordinal);
        Assert.Contains(listing.Cooperative.Name, told, StringComparison.Ordinal);
        Assert.Empty(factory.MailsTo(elsewhereEmail, title[^6..]));

        // Unfollowed: the next pre-order is not mailed.
        Assert.Equal(HttpStatusCode.NoContent, (await follower.DeleteAsync($"/api/v1/followed-cooperatives/{listing.Cooperative.Id}")).StatusCode);
        await PreorderTests.OpenAsync(listing, 200, "FirstComeFirstServed", opensInDays: 5);
        await factory.DrainOutboxesAsync();
        Assert.Single(factory.MailsTo(followerEmail, "opens pre-orders"));
    }

    [Fact]
    public async Task WhatCannotBeSavedOrFollowed_IsAProblem_NeverAnError()
    {
        var (person, _) = await factory.NewPersonAsync("loi");
        var hidden = await factory.Listing().BuildAsync();
        using (var admin = await factory.AdminAsync())
        {
            (await admin.PostAsJsonAsync($"/api/v1/admin/products/{hidden.ProductId}/moderation", new { hide = true, reason = "Ảnh sai." }))
                .EnsureSuccessStatusCode();
        }

        foreach (var address in new[]
        {
            $"/api/v1/saved-products/{Guid.NewGuid()}", $"/api/v1/saved-products/{hidden.ProductId}", $"/api/v1/followed-cooperatives/{Guid.NewGuid()}",
        })
        {
            using var refused = await person.PutAsync(address, null);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await person.PutAsync("/api/v1/saved-products/khong-phai-ma", null)).StatusCode);
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/saved-products")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PutAsync($"/api/v1/saved-products/{hidden.ProductId}", null)).StatusCode);
    }

    [Fact]
    public async Task OnThePages_ASavedProductAndAFollowedCooperative_ShowWhereTheButtonsWere_AndOnTheSavedPage()
    {
        var listing = await factory.Listing().BuildAsync();
        var (_, email) = await factory.NewPersonAsync("trang");
        // Not signed in: a link to sign in and come back, on the page every visitor shares.
        string address;
        using (var visitor = factory.CreateClient())
        {
            var anonymousPage = await visitor.GetPageAsync($"/products/{listing.ProductId}"); // redirected to its address in words
            address = anonymousPage.Url;
            Assert.StartsWith($"/products/{listing.Cooperative.Slug}/", address, StringComparison.Ordinal);
            Assert.Equal(
                "/account/login?returnUrl=" + Uri.EscapeDataString(address), anonymousPage.Document.QuerySelector("a.save-product")!.GetAttribute("href"));
        }

        var pages = await factory.SignedInPagesAsync(email);
        var page = await pages.GetPageAsync(address);
        Assert.Equal("false", page.Document.QuerySelector(".save-product button")!.GetAttribute("aria-pressed"));
        using (var saved = await pages.SubmitAsync(page, "form.save-product", new Dictionary<string, string>()))
        {
            var back = await Html.ParseAsync(saved);
            Assert.Equal(address, back.Url);
            Assert.Contains(listing.Name, back.Text("#flash"), StringComparison.Ordinal);
            Assert.Equal("true", back.Document.QuerySelector(".save-product button")!.GetAttribute("aria-pressed"));
        }

        var storefront = await pages.GetPageAsync("/storefronts/" + listing.Cooperative.Slug);
        using (var followed = await pages.SubmitAsync(storefront, "form.follow-cooperative", new Dictionary<string, string>()))
        {
            Assert.Contains(listing.Cooperative.Name, (await Html.ParseAsync(followed)).Text("#flash"), StringComparison.Ordinal);
        }

        var mine = await pages.GetPageAsync("/saved");
        Assert.Contains(listing.Name, mine.Document.QuerySelector("#saved-products")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(listing.Cooperative.Name, mine.Document.QuerySelector("#followed-cooperatives")!.TextContent, StringComparison.Ordinal);

        // Removed from the saved page, it says so and the list is empty again.
        using (var removed = await pages.SubmitAsync(mine, "#saved-products form", new Dictionary<string, string>()))
        {
            var after = await Html.ParseAsync(removed);
            Assert.NotNull(after.Document.QuerySelector("#no-saved"));
        }

        // A product no longer sold, posted from an old page: this page says why, with the status.
        using var unknown = await pages.PostAsync("/saved?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["productId"] = Guid.NewGuid().ToString(),
            ["__RequestVerificationToken"] = mine.Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Không tìm thấy sản phẩm", (await Html.ParseAsync(unknown)).Text(".errors"), StringComparison.Ordinal);
    }
}
