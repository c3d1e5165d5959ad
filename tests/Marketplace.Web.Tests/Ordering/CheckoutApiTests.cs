using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>One cart across cooperatives, one cash-on-delivery checkout, a part per cooperative; through /api/v1.</summary>
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

    private async Task<(VariantId Id, int Stock)> VariantAsync(string sku)
    {
        await using var scope = factory.CreateScope();
        var variant = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Variants.AsNoTracking().SingleAsync(v => v.Sku == sku);
        return (variant.Id, variant.Stock);
    }

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
        var tea = await VariantAsync("SG-STCT-200");      // Suối Giàng: 350.000, delivery 40.000 under 1.000.000
        var macadamia = await VariantAsync("TP-MC-500");  // Thuận Phong: 250.000, delivery 30.000 under 500.000
        var pomelo = await VariantAsync("DD-BUOI-KG");    // Đồng Din: 55.000, free delivery from 200.000
        await AddAsync(shopper, tea.Id, 1);
        await AddAsync(shopper, macadamia.Id, 2);
        await AddAsync(shopper, pomelo.Id, 4);

        var cart = await (await shopper.GetAsync("/api/v1/cart")).JsonAsync();
        Assert.Equal(3, cart.GetProperty("groups").GetArrayLength());
        Assert.Equal(350_000 + 500_000 + 220_000, cart.GetProperty("itemsTotal").GetProperty("amount").GetInt64());
        Assert.Equal(40_000 + 0 + 0, cart.GetProperty("shippingTotal").GetProperty("amount").GetInt64());

        using var placed = await CheckoutAsync(shopper, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.JsonAsync();
        var parts = order.GetProperty("parts").EnumerateArray().ToDictionary(p => p.GetProperty("vendorName").GetString()!);
        Assert.Equal(3, parts.Count);
        Assert.Equal(390_000, parts["HTX Suối Giàng"].GetProperty("total").GetProperty("amount").GetInt64());
        Assert.Equal(390_000, parts["HTX Suối Giàng"].GetProperty("cashDue").GetProperty("amount").GetInt64());
        Assert.Equal(500_000, parts["HTX Thuận Phong"].GetProperty("total").GetProperty("amount").GetInt64());
        Assert.Equal(1_110_000, order.GetProperty("total").GetProperty("amount").GetInt64());
        Assert.All(parts.Values, p => Assert.Equal("Placed", p.GetProperty("status").GetString()));
        Assert.StartsWith("HTX-", order.GetProperty("number").GetString(), StringComparison.Ordinal);

        Assert.Equal(tea.Stock - 1, (await VariantAsync("SG-STCT-200")).Stock);
        Assert.Equal(macadamia.Stock - 2, (await VariantAsync("TP-MC-500")).Stock);
        Assert.Empty((await (await shopper.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("groups").EnumerateArray());
        var mine = await (await shopper.GetAsync("/api/v1/orders")).JsonAsync();
        Assert.Single(mine.EnumerateArray());
    }

    [Fact]
    public async Task TheSameIdempotencyKey_Twice_AndAtTheSameInstant_MakesOneOrder()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var rice = await VariantAsync("NC-NEP-KG");
        await AddAsync(shopper, rice.Id, 3);
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
        Assert.Equal(rice.Stock - 3, (await VariantAsync("NC-NEP-KG")).Stock);
        Assert.Single((await (await shopper.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task OneCart_CheckedOutTwentyTimesAtOnceWithTwentyKeys_MakesOneOrder_AndTakesTheStockOnce()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var honey = await VariantAsync("TP-MC-500");
        await AddAsync(shopper, honey.Id, 1);

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
        Assert.Equal(honey.Stock - 1, (await VariantAsync("TP-MC-500")).Stock);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public async Task AZeroOrNegativeQuantity_Is400(int quantity)
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var rice = await VariantAsync("NC-MIEN-500");
        using var response = await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = rice.Id, quantity });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("Quantity", out _));
    }

    [Fact]
    public async Task MoreThanTheStock_IsRefused_InTheShoppersLanguage()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var noodles = await VariantAsync("NC-MIEN-500");
        using var response = await shopper.InEnglish().PostAsJsonAsync("/api/v1/cart/lines", new { variantId = noodles.Id, quantity = noodles.Stock + 1 });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal($"Only {noodles.Stock} of Miến dong left.", (await response.JsonAsync()).GetProperty("errors").GetProperty("Quantity")[0].GetString());
    }

    [Theory]
    [InlineData("phone", "123", "Phone")]
    [InlineData("province", "Hà Tây", "Province")]
    [InlineData("street", "", "Street")]
    public async Task ABadAddress_Is400_AndNothingIsTaken(string field, string value, string error)
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var ginger = await VariantAsync("TP-GUNG-KG");
        await AddAsync(shopper, ginger.Id, 1);
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>(JsonSerializer.Serialize(Address))!;
        body[field] = value;

        using var response = await CheckoutAsync(shopper, Guid.NewGuid().ToString(), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(error, out _), error);
        Assert.Equal(ginger.Stock, (await VariantAsync("TP-GUNG-KG")).Stock);
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
    }

    [Fact]
    public async Task AProductHiddenAfterItWasPutInTheCart_CannotBeCheckedOut_AndNothingIsWritten()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var bamboo = await VariantAsync("NC-MANG-500");
        var rice = await VariantAsync("NC-NEP-YEN");
        await AddAsync(shopper, bamboo.Id, 1);
        await AddAsync(shopper, rice.Id, 1);
        var product = (await (await shopper.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("groups")[0].GetProperty("lines").EnumerateArray()
            .Single(l => l.GetProperty("variantId").GetGuid() == bamboo.Id.Value).GetProperty("productId").GetGuid();
        (await (await factory.AdminAsync()).PostAsJsonAsync(
            $"/api/v1/admin/products/{product}/moderation", new { hide = true, reason = "Kiểm tra nhãn." })).EnsureSuccessStatusCode();

        using var response = await CheckoutAsync(shopper, Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("checkout.cart_has_problems", (await response.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(rice.Stock, (await VariantAsync("NC-NEP-YEN")).Stock);
        Assert.Empty((await (await shopper.GetAsync("/api/v1/orders")).JsonAsync()).EnumerateArray());
        (await (await factory.AdminAsync()).PostAsJsonAsync($"/api/v1/admin/products/{product}/moderation", new { hide = false })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task AProductOfACooperativeSuspendedMeanwhile_CannotBeCheckedOut()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var tea = await VariantAsync("THT-MC-200");
        await AddAsync(shopper, tea.Id, 1);
        var storefront = await (await factory.CreateClient().GetAsync("/api/v1/storefronts/htx-tan-hoang-tra")).JsonAsync();
        var cooperativeId = storefront.GetProperty("vendorId").GetGuid();
        var admin = await factory.AdminAsync();
        (await admin.DecideAsync(cooperativeId, "Suspend", "Kiểm tra chất lượng.")).EnsureSuccessStatusCode();
        try
        {
            await People.EventuallyAsync(
                async () => !(await (await shopper.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("canCheckOut").GetBoolean(),
                "the catalog to learn of the suspension");
            using var response = await CheckoutAsync(shopper, Guid.NewGuid().ToString());
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal(tea.Stock, (await VariantAsync("THT-MC-200")).Stock);
        }
        finally
        {
            (await admin.DecideAsync(cooperativeId, "Reinstate")).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task AnotherShoppersOrder_IsNotFound()
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        await AddAsync(shopper, (await VariantAsync("DD-RAU-3KG")).Id, 1);
        var order = await (await CheckoutAsync(shopper, Guid.NewGuid().ToString())).JsonAsync();
        var orderId = order.GetProperty("orderId").GetGuid();
        var partId = order.GetProperty("parts")[0].GetProperty("partId").GetGuid();

        var (stranger, _) = await factory.NewPersonAsync("la");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/orders/{orderId}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await stranger.PostAsJsonAsync($"/api/v1/orders/{orderId}/parts/{partId}/cancel", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shopper.GetAsync($"/api/v1/orders/{orderId}")).StatusCode);
    }
}
