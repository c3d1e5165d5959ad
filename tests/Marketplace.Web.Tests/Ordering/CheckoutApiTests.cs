using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// One cart across cooperatives, one cash-on-delivery checkout, a part per cooperative; through
/// /api/v1. Each test sells what it built itself (<see cref="ListingBuilder"/>), at its own prices,
/// stock and delivery fees.
/// </summary>
public sealed class CheckoutApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static readonly object Address = new
    {
        recipient = "Nguyễn Thị Lan",
        phone = "0912 345 678",
        province = "Hà Nội",
        commune = "phường Hoàn Kiếm",
        street = "12 Hàng Bạc",
        note = "Gọi trước khi giao.",
        paymentMethod = "CashOnDelivery",
    };

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient client, string key, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(body ?? Address) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static async Task AddAsync(HttpClient client, VariantId variantId, int quantity) =>
        (await client.PostAsJsonAsync("/api/v1/cart/lines", new { variantId, quantity, price = 1 })).EnsureSuccessStatusCode();

    [Fact]
    public async Task ACartOfThreeCooperatives_BecomesOneOrderWithThreeParts_AtTheCatalogsPrices()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var tea = await factory.Listing().Priced(350_000).WithStock(10).ShippedFor(40_000, freeFromVnd: 1_000_000).BuildAsync();
        var macadamia = await factory.Listing().Priced(250_000).WithStock(10).ShippedFor(30_000, freeFromVnd: 500_000).BuildAsync();
        var pomelo = await factory.Listing().Priced(55_000).WithStock(10).SoldPer("kg", null).ShippedFor(25_000, freeFromVnd: 200_000).BuildAsync();
        await AddAsync(shopper, tea.VariantId, 1);
        await AddAsync(shopper, macadamia.VariantId, 2);
        await AddAsync(shopper, pomelo.VariantId, 4);

        var cart = await (await shopper.GetAsync("/api/v1/cart")).JsonAsync();
        Assert.Equal(3, cart.GetProperty("groups").GetArrayLength());
        Assert.Equal(350_000 + 500_000 + 220_000, cart.GetProperty("itemsTotal").GetProperty("amount").GetInt64());
        Assert.Equal(40_000 + 0 + 0, cart.GetProperty("shippingTotal").GetProperty("amount").GetInt64());

        using var placed = await CheckoutAsync(shopper, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.JsonAsync();
        var parts = order.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("vendorName").GetString()!);
        Assert.Equal(3, parts.Count);
        Assert.Equal(390_000, parts[tea.Cooperative.Name].GetProperty("total").GetProperty("amount").GetInt64());
        Assert.Equal(390_000, parts[tea.Cooperative.Name].GetProperty("cashDue").GetProperty("amount").GetInt64());
        Assert.Equal(500_000, parts[macadamia.Cooperative.Name].GetProperty("total").GetProperty("amount").GetInt64());
        Assert.Equal(220_000, parts[pomelo.Cooperative.Name].GetProperty("total").GetProperty("amount").GetInt64());
        Assert.Equal(1_110_000, order.GetProperty("total").GetProperty("amount").GetInt64());
        Assert.All(parts.Values, p => Assert.Equal("Placed", p.GetProperty("status").GetString()));
        Assert.StartsWith("HTX-", order.GetProperty("number").GetString(), StringComparison.Ordinal);

        Assert.Equal(9, await factory.StockAsync(tea));
        Assert.Equal(8, await factory.StockAsync(macadamia));
        Assert.Equal(6, await factory.StockAsync(pomelo));
        Assert.Empty((await (await shopper.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("groups").EnumerateArray());
        var mine = await (await shopper.GetAsync("/api/v1/orders")).JsonAsync();
        Assert.Single(mine.EnumerateArray());
    }

    [Fact]
    public async Task TheSameIdempotencyKey_Twice_AndAtTheSameInstant_MakesOneOrder()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var rice = await factory.Listing().WithStock(50).BuildAsync();
        await AddAsync(shopper, rice.VariantId, 3);
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CheckoutAsync(shopper, key)));
        var ids = new HashSet<Guid>();
        foreach (var response in responses)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            ids.Add((await response.JsonAsync()).GetProperty("orderId").GetGuid());
            response.Dispose();
        }

        Assert.Single(ids);
        Assert.Equal(47, await factory.StockAsync(rice));
        Assert.Single((await (await shopper.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task OneCart_CheckedOutTwentyTimesAtOnceWithTwentyKeys_MakesOneOrder_AndTakesTheStockOnce()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var honey = await factory.Listing().WithStock(30).BuildAsync();
        await AddAsync(shopper, honey.VariantId, 1);

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => CheckoutAsync(shopper, Guid.NewGuid().ToString())));
        var created = 0;
        foreach (var response in responses)
        {
            // The others are told the cart was ordered (409) or is now empty (400), never a 500.
            Assert.True(
                response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict or HttpStatusCode.BadRequest,
                $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            created += response.StatusCode == HttpStatusCode.Created ? 1 : 0;
            response.Dispose();
        }

        Assert.Equal(1, created);
        Assert.Single((await (await shopper.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
        Assert.Equal(29, await factory.StockAsync(honey));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public async Task AZeroOrNegativeQuantity_Is400_AndTheCartStaysEmpty(int quantity)
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var rice = await factory.Listing().BuildAsync();
        using var response = await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = rice.VariantId, quantity });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("Quantity", out _));
        Assert.Empty((await (await shopper.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("groups").EnumerateArray());
    }

    [Fact]
    public async Task MoreThanTheStock_IsRefused_InTheShoppersLanguage()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var noodles = await factory.Listing().Named("Miến dong " + Guid.NewGuid().ToString("N")[..4]).WithStock(12).BuildAsync();
        using var response = await shopper.InEnglish().PostAsJsonAsync("/api/v1/cart/lines", new { variantId = noodles.VariantId, quantity = 13 });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal($"Only 12 of {noodles.Name} left.", (await response.JsonAsync()).GetProperty("errors").GetProperty("Quantity")[0].GetString());
    }

    [Theory]
    [InlineData("phone", "123", "Phone")]
    [InlineData("province", "Hà Tây", "Province")]
    [InlineData("street", "", "Street")]
    public async Task ABadAddress_Is400_AndNothingIsTaken(string field, string value, string error)
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var ginger = await factory.Listing().WithStock(20).BuildAsync();
        await AddAsync(shopper, ginger.VariantId, 1);
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(Address))!;
        body[field] = value;

        using var response = await CheckoutAsync(shopper, Guid.NewGuid().ToString(), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(error, out _), error);
        Assert.Equal(20, await factory.StockAsync(ginger));
        Assert.Single((await (await shopper.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("groups").EnumerateArray());
    }

    [Fact]
    public async Task AnEmptyCart_OrNoIdempotencyKey_IsRefused()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        using var empty = await CheckoutAsync(shopper, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Conflict, empty.StatusCode);
        Assert.Equal("checkout.cart_empty", (await empty.JsonAsync()).GetProperty("code").GetString());

        using var noKey = await shopper.PostAsJsonAsync("/api/v1/orders", Address);
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Empty((await (await shopper.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task AProductHiddenAfterItWasPutInTheCart_CannotBeCheckedOut_AndNothingIsWritten()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var bamboo = await factory.Listing().WithStock(20).BuildAsync();
        var rice = await factory.Listing().SoldBy(bamboo.Cooperative).WithStock(20).BuildAsync();
        await AddAsync(shopper, bamboo.VariantId, 1);
        await AddAsync(shopper, rice.VariantId, 1);
        (await (await factory.AdminAsync()).PostAsJsonAsync(
            $"/api/v1/admin/products/{bamboo.ProductId}/moderation", new { hide = true, reason = "Kiểm tra nhãn." })).EnsureSuccessStatusCode();

        using var response = await CheckoutAsync(shopper, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("checkout.cart_has_problems", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(20, await factory.StockAsync(rice));
        Assert.Equal(20, await factory.StockAsync(bamboo));
        Assert.Empty((await (await shopper.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task AProductOfACooperativeSuspendedMeanwhile_CannotBeCheckedOut()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var tea = await factory.Listing().WithStock(20).BuildAsync();
        await AddAsync(shopper, tea.VariantId, 1);
        (await (await factory.AdminAsync()).DecideAsync(tea.Cooperative.Id, "Suspend", "Kiểm tra chất lượng.")).EnsureSuccessStatusCode();

        await People.EventuallyAsync(
            async () => !(await (await shopper.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("canCheckOut").GetBoolean(),
            "the catalog to learn of the suspension");
        using var response = await CheckoutAsync(shopper, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(20, await factory.StockAsync(tea));
        Assert.Empty((await (await shopper.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task AnotherShoppersOrder_IsNotFound_AndStaysAsItWas()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var greens = await factory.Listing().BuildAsync();
        await AddAsync(shopper, greens.VariantId, 1);
        var order = await (await CheckoutAsync(shopper, Guid.NewGuid().ToString())).JsonAsync();
        var orderId = order.GetProperty("orderId").GetGuid();
        var partId = order.GetProperty("parts")[0].GetProperty("partId").GetGuid();

        var (stranger, _) = await factory.NewPersonAsync("la");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/orders/{orderId}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await stranger.PostAsJsonAsync($"/api/v1/orders/{orderId}/parts/{partId}/cancel", new { reason = "x" })).StatusCode);

        var mine = await (await shopper.GetAsync($"/api/v1/orders/{orderId}")).JsonAsync();
        Assert.Equal("Placed", mine.GetProperty("parts")[0].GetProperty("status").GetString());
        Assert.Equal(99, await factory.StockAsync(greens));
    }
}
