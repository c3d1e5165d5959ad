using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// Pre-orders in the cart, beside the goods in stock: priced by their windows, refused when the
/// window cannot take them, reserved together (each its own reservation and deposit reference),
/// and what could not be reserved stays in the cart with its reason. SQLite and PostgreSQL.
/// </summary>
public sealed class CartPreorderTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static Task<HttpResponseMessage> AddAsync(HttpClient buyer, Guid windowId, int quantity) =>
        buyer.PostAsJsonAsync("/api/v1/cart/preorders", new { windowId, quantity });

    private static async Task<JsonElement> CartAsync(HttpClient buyer) => await (await buyer.GetAsync("/api/v1/cart")).JsonAsync();

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.JsonAsync()).TryGetProperty("code", out var code) ? code.GetString() : null;

    [Fact]
    public async Task APreorder_SitsBesideTheGoods_AndIsReservedFromTheCart_WhileTheGoodsStayForCheckout()
    {
        var listing = await factory.Listing().SoldPer("kg", null).WithStock(40).BuildAsync();
        var (windowId, _) = await PreorderTests.OpenAsync(listing, 100, "FirstComeFirstServed");
        var (buyer, email) = await factory.NewPersonAsync("gio-dat-truoc");
        (await buyer.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity = 2 })).EnsureSuccessStatusCode();

        using (var added = await AddAsync(buyer, windowId, 15))
        {
            Assert.True(added.StatusCode == HttpStatusCode.OK, await added.Content.ReadAsStringAsync());
        }

        (await AddAsync(buyer, windowId, 10)).EnsureSuccessStatusCode(); // adds up: 25 kg
        var cart = await CartAsync(buyer);
        var line = cart.GetProperty("preorders").EnumerateArray().Single();
        Assert.Equal(25, line.GetProperty("quantity").GetInt32());
        Assert.Equal(PreorderTests.Deposit(25), line.GetProperty("deposit").GetProperty("amount").GetInt64());
        Assert.Equal(PreorderTests.Deposit(25), cart.GetProperty("depositsTotal").GetProperty("amount").GetInt64());
        Assert.True(cart.GetProperty("canReserve").GetBoolean());
        Assert.Equal(2, cart.GetProperty("groups")[0].GetProperty("lines")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(2 * listing.PriceVnd, cart.GetProperty("itemsTotal").GetProperty("amount").GetInt64()); // the pre-order is not in the goods' total

        // Nothing is held yet: the window still has all 100 kg.
        var window = await (await factory.CreateClient().GetAsync($"/api/v1/preorders/{windowId}")).JsonAsync();
        Assert.Equal(100, window.GetProperty("left").GetInt32());

        using var reserved = await buyer.PostAsync("/api/v1/cart/preorders/reserve", null);
        Assert.True(reserved.StatusCode == HttpStatusCode.OK, await reserved.Content.ReadAsStringAsync());
        var outcome = await reserved.JsonAsync();
        var reservation = outcome.GetProperty("reservations").EnumerateArray().Single();
        Assert.Equal(25, reservation.GetProperty("quantity").GetInt32());
        Assert.Equal(email, reservation.GetProperty("buyerEmail").GetString());
        Assert.StartsWith("DT", reservation.GetProperty("reference").GetString(), StringComparison.Ordinal);
        Assert.Equal(PreorderTests.Deposit(25), outcome.GetProperty("depositsDue").GetProperty("amount").GetInt64());
        Assert.Empty(outcome.GetProperty("refused").EnumerateArray());

        var after = await CartAsync(buyer);
        Assert.Empty(after.GetProperty("preorders").EnumerateArray());
        Assert.True(after.GetProperty("canCheckOut").GetBoolean()); // the goods wait for checkout
        window = await (await factory.CreateClient().GetAsync($"/api/v1/preorders/{windowId}")).JsonAsync();
        Assert.Equal(75, window.GetProperty("left").GetInt32());

        // Pressed again (a retry, a second tab): nothing is left to reserve, nothing reserved twice.
        using var again = await buyer.PostAsync("/api/v1/cart/preorders/reserve", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("cart.no_preorders", await CodeAsync(again));
        var mine = await (await buyer.GetAsync("/api/v1/reservations")).JsonAsync();
        Assert.Single(mine.EnumerateArray(), r => r.GetProperty("windowId").GetGuid() == windowId);
    }

    [Fact]
    public async Task WhatTheWindowCannotTake_IsRefusedAtTheCart()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await PreorderTests.OpenAsync(listing, 30, "ProRata");
        var (buyer, _) = await factory.NewPersonAsync("gio-sai");

        using var tooMany = await AddAsync(buyer, windowId, 31);
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        Assert.Equal("preorder.capacity", await CodeAsync(tooMany));
        using var none = await AddAsync(buyer, windowId, 0);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        using var negative = await buyer.PutAsJsonAsync($"/api/v1/cart/preorders/{windowId}", new { windowId, quantity = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        using var unknown = await AddAsync(buyer, Guid.NewGuid(), 1);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var notJson = await buyer.PostAsync(
            "/api/v1/cart/preorders", new StringContent("{\"quantity\": \"nhiều\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        // A window that opens tomorrow takes nothing into the cart yet (notify me is for that).
        var (coming, _) = await PreorderTests.OpenAsync(listing, 10, "ProRata", opensInDays: 1);
        using var notYet = await AddAsync(buyer, coming, 1);
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        Assert.Equal("preorder.not_open", await CodeAsync(notYet));

        var cart = await CartAsync(buyer);
        Assert.Empty(cart.GetProperty("preorders").EnumerateArray());
        Assert.False(cart.GetProperty("canReserve").GetBoolean());
    }

    [Fact]
    public async Task ALineTakenMeanwhile_StaysInTheCartWithItsReason_AndTheOthersAreReserved()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (scarce, _) = await PreorderTests.OpenAsync(listing, 5, "FirstComeFirstServed");
        var (plenty, _) = await PreorderTests.OpenAsync(listing, 50, "FirstComeFirstServed");
        var (buyer, email) = await factory.NewPersonAsync("gio-cham");
        (await AddAsync(buyer, scarce, 5)).EnsureSuccessStatusCode();
        (await AddAsync(buyer, plenty, 3)).EnsureSuccessStatusCode();

        // Someone else reserves the last 5 kg while the first buyer's cart waits.
        var (quicker, _) = await factory.NewPersonAsync("nhanh-hon");
        (await quicker.PostAsJsonAsync($"/api/v1/preorders/{scarce}/reservations", new { quantity = 5 })).EnsureSuccessStatusCode();
        var waiting = await CartAsync(buyer);
        Assert.True(waiting.GetProperty("canReserve").GetBoolean()); // the other line can be reserved, and is
        var page = await (await factory.SignedInPagesAsync(email)).GetPageAsync("/cart"); // the page offers the same, and says what stays
        Assert.NotNull(page.Document.QuerySelector("form #reserve-cart"));
        Assert.NotNull(page.Document.QuerySelector("#reserve-some"));
        Assert.NotNull(waiting.GetProperty("preorders").EnumerateArray().Single(p => p.GetProperty("windowId").GetGuid() == scarce)
            .GetProperty("problem").GetString());

        using var reserved = await buyer.PostAsync("/api/v1/cart/preorders/reserve", null);
        Assert.Equal(HttpStatusCode.OK, reserved.StatusCode);
        var outcome = await reserved.JsonAsync();
        Assert.Equal(plenty, outcome.GetProperty("reservations").EnumerateArray().Single().GetProperty("windowId").GetGuid());
        var refused = outcome.GetProperty("refused").EnumerateArray().Single();
        Assert.Equal(scarce, refused.GetProperty("windowId").GetGuid());
        Assert.Equal("preorder.capacity", refused.GetProperty("code").GetString());

        var left = (await CartAsync(buyer)).GetProperty("preorders").EnumerateArray().Single();
        Assert.Equal(scarce, left.GetProperty("windowId").GetGuid());
        var window = await (await factory.CreateClient().GetAsync($"/api/v1/preorders/{scarce}")).JsonAsync();
        Assert.Equal(0, window.GetProperty("left").GetInt32()); // never more than the capacity: 5 held, not 10

        // Nothing reservable left at all: a 409 with the reason, and the cart as it was.
        using var none = await buyer.PostAsync("/api/v1/cart/preorders/reserve", null);
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Equal("preorder.capacity", await CodeAsync(none));
        Assert.Single((await CartAsync(buyer)).GetProperty("preorders").EnumerateArray());
    }
}
