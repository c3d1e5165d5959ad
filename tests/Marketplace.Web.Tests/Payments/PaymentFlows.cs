using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.StripeTestServer;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Payments;

/// <summary>The steps the payment tests share: an order paid a given way, and Stripe's webhook delivered as Stripe delivers it.</summary>
internal static class PaymentFlows
{
    /// <summary>A new shopper's order of the given lines, paid by <paramref name="method"/>.</summary>
    public static async Task<(HttpClient Shopper, JsonElement Order)> OrderAsync(
        this MarketplaceFactory factory, string method, params (TestListing Listing, int Quantity)[] lines)
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        return (shopper, await shopper.PlaceOrderAsync(method, "Đà Nẵng", lines));
    }

    /// <summary>The shopper's order of the given lines, delivered to <paramref name="province"/> and paid by <paramref name="method"/>.</summary>
    public static async Task<JsonElement> PlaceOrderAsync(
        this HttpClient shopper, string method, string province, params (TestListing Listing, int Quantity)[] lines)
    {
        foreach (var (listing, quantity) in lines)
        {
            (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity })).EnsureSuccessStatusCode();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                recipient = "Trần Thu Hà",
                phone = "0903123456",
                province,
                commune = "phường Hải Châu",
                street = "5 Bạch Đằng",
                paymentMethod = method
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var placed = await shopper.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        return await placed.JsonAsync();
    }

    /// <summary>
    /// The cooperative's owner takes its part of the order from confirmation to delivery; a part
    /// paid in cash is delivered with <paramref name="delivery"/> (all that was due when null).
    /// </summary>
    public static async Task DeliverAsync(this TestCooperative cooperative, JsonElement order, object? delivery = null)
    {
        var partId = order.Part(cooperative.Name).GetProperty("partId").GetGuid();
        foreach (var (action, body) in new (string, object)[]
        {
            ("Confirm", new { }), ("Pack", new { }), ("Ship", new { carrier = "GHN", trackingNumber = "GHN123456" }), ("Deliver", delivery ?? new { })
        })
        {
            var url = $"/api/v1/cooperatives/order-parts/{partId}/{action}";
            if (action == "Confirm")
            {
                // A prepaid part is confirmed once Ordering has heard of its payment (through the outbox).
                await People.EventuallyAsync(
                    async () => (await cooperative.Owner.PostAsJsonAsync(url, body)).IsSuccessStatusCode, "the part to be confirmed once paid");
                continue;
            }

            using var moved = await cooperative.Owner.PostAsJsonAsync(url, body);
            Assert.True(moved.IsSuccessStatusCode, $"{action}: {(int)moved.StatusCode} {await moved.Content.ReadAsStringAsync()}");
        }
    }

    public static Guid Id(this JsonElement order) => order.GetProperty("orderId").GetGuid();

    public static JsonElement Part(this JsonElement order, string vendor) =>
        order.GetProperty("parts").EnumerateArray().Single(p => p.GetProperty("vendorName").GetString() == vendor);

    public static async Task<HttpResponseMessage> DeliverAsync(this MarketplaceFactory factory, SignedEvent signed, string? signature = null)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/stripe/webhook")
        {
            Content = new StringContent(signed.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Stripe-Signature", signature ?? signed.Signature);
        return await client.SendAsync(request);
    }

    public static async Task<JsonElement> OrderOfAsync(this HttpClient shopper, Guid orderId) =>
        await (await shopper.GetAsync($"/api/v1/orders/{orderId}")).JsonAsync();

    public static async Task WaitForPaymentStateAsync(this HttpClient shopper, Guid orderId, string state) =>
        await People.EventuallyAsync(
            async () => (await shopper.OrderOfAsync(orderId)).GetProperty("paymentState").GetString() == state,
            $"order {orderId} to be {state}");

    public static async Task<JsonElement> LedgerAsync(this HttpClient admin, Guid cooperativeId) =>
        await (await admin.GetAsync($"/api/v1/admin/ledger/{cooperativeId}")).JsonAsync();

    /// <summary>Waits until the order's money is released to the cooperative: its part was delivered (the delivery is told through the outbox).</summary>
    public static async Task WaitForReleaseAsync(this HttpClient admin, Guid cooperativeId, JsonElement order) =>
        await People.EventuallyAsync(
            async () => (await admin.LedgerAsync(cooperativeId)).GetProperty("entries").EnumerateArray().Any(e =>
                e.GetProperty("kind").GetString() == "Release" && e.GetProperty("orderNumber").GetString() == order.GetProperty("number").GetString()),
            $"order {order.GetProperty("number")}'s money to be released");

    /// <summary>A commission rule made through the API, as an admin makes one; its id.</summary>
    public static async Task<Guid> AddCommissionRuleAsync(this HttpClient admin, object rule)
    {
        using var response = await admin.PostAsJsonAsync("/api/v1/admin/commission-rules", rule);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.JsonAsync()).GetProperty("ruleId").GetGuid();
    }

    public static long Amount(this JsonElement money) => money.GetProperty("amount").GetInt64();
}
