using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Marketplace.StripeTestServer;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// The steps the payment tests share: an order paid a given way, a wallet payment started, what was
/// booked of an order, and Stripe's webhook delivered as Stripe delivers it.
/// </summary>
internal static class PaymentFlows
{
    /// <summary>The order's wallet payment started (or the attempt still open found again): its page and amount.</summary>
    public static async Task<JsonElement> StartWalletPaymentAsync(this HttpClient shopper, JsonElement order)
    {
        using var started = await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet", null);
        Assert.True(started.IsSuccessStatusCode, $"{(int)started.StatusCode} {await started.Content.ReadAsStringAsync()}");
        return await started.JsonAsync();
    }

    /// <summary>
    /// The admin's refund of a part asked twice under one Idempotency-Key (a second click): both
    /// answered 201 with the same refund, which is returned.
    /// </summary>
    public static async Task<JsonElement> RefundTwiceAsync(this HttpClient admin, Guid partId, long amountVnd, string reason)
    {
        var key = Guid.NewGuid().ToString();
        var refunds = new List<JsonElement>();
        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/order-parts/{partId}/refunds")
            {
                Content = JsonContent.Create(new { amountVnd, reason }),
            };
            request.Headers.Add("Idempotency-Key", key);
            using var refunded = await admin.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, refunded.StatusCode);
            refunds.Add(await refunded.JsonAsync());
        }

        Assert.Equal(refunds[0].GetProperty("refundId").GetGuid(), refunds[1].GetProperty("refundId").GetGuid());
        return refunds[0];
    }

    /// <summary>PaymentSucceeded messages and sales booked for the order.</summary>
    public static async Task<(int Paid, int Sales)> PaidAndSalesBookedAsync(this MarketplaceFactory factory, Guid orderId)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var outbox = await db.OutboxMessages.AsNoTracking().ToListAsync();
        return (
            outbox.Count(m => m.Type.Contains(nameof(PaymentSucceededIntegrationEvent), StringComparison.Ordinal)
                && m.Payload.Contains(orderId.ToString(), StringComparison.Ordinal)),
            await factory.LedgerCountAsync(orderId, LedgerEntryKind.Sale));
    }

    /// <summary>The order's ledger entries of one kind.</summary>
    public static async Task<int> LedgerCountAsync(this MarketplaceFactory factory, Guid orderId, LedgerEntryKind kind)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        return await db.Ledger.CountAsync(e => e.OrderId == OrderId.From(orderId) && e.Kind == kind);
    }

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
