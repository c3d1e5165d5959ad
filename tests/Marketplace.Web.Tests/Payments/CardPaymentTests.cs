using System.Net;
using System.Net.Http.Json;
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
/// Cards through the real Stripe.net client and a loopback Stripe: the intent, the webhook (signed,
/// once, in any order), retries with the same idempotency key, and the order moving on when paid.
/// </summary>
public sealed class CardPaymentTests(MarketplaceWithStripeFactory factory) : IClassFixture<MarketplaceWithStripeFactory>
{
    private async Task<(int Events, int Succeeded, int Sales)> BookedAsync(Guid orderId)
    {
        await using var scope = factory.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
        var outbox = await db.OutboxMessages.AsNoTracking().ToListAsync();
        return (
            await db.StripeEvents.CountAsync(),
            outbox.Count(m => m.Type.Contains(nameof(PaymentSucceededIntegrationEvent), StringComparison.Ordinal)
                && m.Payload.Contains(orderId.ToString(), StringComparison.Ordinal)),
            await db.Ledger.CountAsync(e => e.OrderId == OrderId.From(orderId) && e.Kind == LedgerEntryKind.Sale));
    }

    [Fact]
    public async Task ACardOrder_WaitsForItsMoney_ThenThePaidWebhookLetsTheCooperativeConfirm()
    {
        var tea = await factory.Listing().Priced(180_000).BuildAsync();
        var macadamia = await factory.Listing().Priced(250_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("Card", (tea, 1), (macadamia, 1));
        Assert.Equal("Awaiting", order.GetProperty("paymentState").GetString());
        Assert.All(order.GetProperty("parts").EnumerateArray(), p => Assert.Equal(0, p.GetProperty("cashDue").Amount()));
        var partId = order.Part(tea.Cooperative.Name).GetProperty("partId").GetGuid();
        var teaOwner = tea.Cooperative.Owner;
        using (var early = await teaOwner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/Confirm", new { }))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Equal("order_part.awaiting_payment", (await early.JsonAsync()).GetProperty("code").GetString());
        }

        var intentsBefore = factory.Stripe.Count("pi_");
        var session = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null)).JsonAsync();
        var again = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null)).JsonAsync();
        var intentId = session.GetProperty("paymentIntentId").GetString()!;
        Assert.Equal(intentId, again.GetProperty("paymentIntentId").GetString());
        Assert.Equal(intentsBefore + 1, factory.Stripe.Count("pi_"));
        Assert.Equal(StripeServer.PublishableKey, session.GetProperty("publishableKey").GetString());
        Assert.StartsWith(intentId + "_secret_", session.GetProperty("clientSecret").GetString(), StringComparison.Ordinal);

        // What Stripe was asked: the order's total in whole đồng, in VND, with the order's id.
        var intent = factory.Stripe.Get(intentId);
        Assert.Equal(order.GetProperty("total").Amount(), intent["amount"]!.GetValue<long>());
        Assert.Equal("vnd", intent["currency"]!.GetValue<string>());
        Assert.Equal(order.Id().ToString(), intent["metadata"]!["order_id"]!.GetValue<string>());

        using var delivered = await factory.DeliverAsync(factory.Stripe.Succeed(intentId));
        Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        var payment = await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/payment")).JsonAsync();
        Assert.Equal("Succeeded", payment.GetProperty("status").GetString());
        (await teaOwner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/Confirm", new { })).EnsureSuccessStatusCode();
        var buyer = order.GetProperty("buyerEmail").GetString()!;
        await People.EventuallyAsync(
            () => Task.FromResult(Directory.Exists(factory.MailFolder) && Directory.GetFiles(factory.MailFolder, "*.eml")
                .Select(f => MimeKit.MimeMessage.Load(f))
                .Any(m => m.To.Mailboxes.Any(b => b.Address == buyer)
                    && (m.Subject ?? string.Empty).StartsWith("Đã nhận thanh toán", StringComparison.Ordinal))),
            "the shopper's mail that the payment came");

        // The ledger: a sale of the part's total, less 5 % of its goods.
        var admin = await factory.AdminAsync();
        var cooperativeId = order.Part(tea.Cooperative.Name).GetProperty("vendorId").GetGuid();
        var entries = (await admin.LedgerAsync(cooperativeId)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("orderNumber").GetString() == order.GetProperty("number").GetString()).ToList();
        var part = order.Part(tea.Cooperative.Name);
        Assert.Equal(part.GetProperty("total").Amount(), entries.Single(e => e.GetProperty("kind").GetString() == "Sale").GetProperty("amount").Amount());
        Assert.Equal(
            -((part.GetProperty("subtotal").Amount() * 500) + 5_000) / 10_000,
            entries.Single(e => e.GetProperty("kind").GetString() == "Commission").GetProperty("amount").Amount());
    }

    [Fact]
    public async Task AWebhookReplayedTenTimes_AndAnOlderFailureArrivingLast_TakesEffectOnce()
    {
        var rice = await factory.Listing().SoldPer("kg", null).Priced(35_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("Card", (rice, 2));
        var intentId = (await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        var declined = factory.Stripe.Decline(intentId, "Thẻ không đủ số dư.", DateTimeOffset.UtcNow.AddSeconds(-30));
        var succeeded = factory.Stripe.Succeed(intentId);
        var (eventsBefore, _, _) = await BookedAsync(order.Id());

        // Ten deliveries of the success, five at a time, then the older failure, twice.
        var answers = new List<HttpStatusCode>();
        foreach (var round in Enumerable.Range(0, 2))
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
            {
                using var response = await factory.DeliverAsync(succeeded);
                return response.StatusCode;
            }));
            answers.AddRange(batch);
        }

        for (var i = 0; i < 2; i++)
        {
            using var late = await factory.DeliverAsync(declined);
            answers.Add(late.StatusCode);
        }

        // A delivery that lost the race may be told to come again (409), as Stripe would; none is lost.
        Assert.All(answers, a => Assert.True(a is HttpStatusCode.OK or HttpStatusCode.Conflict, $"answered {a}"));
        using (var again = await factory.DeliverAsync(succeeded))
        {
            Assert.True((await again.JsonAsync()).GetProperty("alreadyHandled").GetBoolean());
        }

        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        var (events, paidMessages, sales) = await BookedAsync(order.Id());
        Assert.Equal(eventsBefore + 2, events);
        Assert.Equal(1, paidMessages);
        Assert.Equal(1, sales);
        var payment = await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/payment")).JsonAsync();
        Assert.Equal("Succeeded", payment.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("{\"id\":\"evt_no_data\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\"}")]
    [InlineData("{\"object\":\"event\",\"type\":\"payment_intent.succeeded\",\"data\":{\"object\":{\"object\":\"payment_intent\",\"id\":\"pi_1\"}}}")]
    [InlineData("{\"id\":\"evt_no_intent_id\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
        + "\"data\":{\"object\":{\"object\":\"payment_intent\",\"amount_received\":999999999,\"status\":\"succeeded\"}}}")]
    [InlineData("[]")]
    [InlineData("not json at all")]
    [InlineData("{\"id\":\"evt_x\",\"object\":\"event\",\"type\":\"payment_intent.succeeded\","
        + "\"data\":{\"object\":{\"object\":\"payment_intent\",\"amount\":\"many\"}}}")]
    public async Task ASignedBodyThatIsNotAUsableEvent_Gets400_AndBooksNothing(string payload)
    {
        var signed = new SignedEvent("evt_unused", payload, StripeServer.Sign(payload, DateTimeOffset.UtcNow));
        using var response = await factory.DeliverAsync(signed);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ABadOrStaleSignature_Gets400_AndChangesNothing()
    {
        var longan = await factory.Listing().Priced(150_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("Card", (longan, 1));
        var intentId = (await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        var signed = factory.Stripe.Succeed(intentId);
        var (eventsBefore, _, _) = await BookedAsync(order.Id());

        using var forged = await factory.DeliverAsync(signed, StripeServer.Sign(signed.Payload, DateTimeOffset.UtcNow, "whsec_someone_else"));
        using var stale = await factory.DeliverAsync(signed, StripeServer.Sign(signed.Payload, DateTimeOffset.UtcNow.AddSeconds(-301)));
        using var tampered = await factory.DeliverAsync(signed with { Payload = signed.Payload.Replace("succeeded", "succeeded ", StringComparison.Ordinal) });
        using var unsigned = await factory.DeliverAsync(signed, string.Empty);

        foreach (var response in new[] { forged, stale, tampered, unsigned })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal((eventsBefore, 0, 0), await BookedAsync(order.Id()));
        Assert.Equal("Awaiting", (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentState").GetString());
    }

    [Fact]
    public async Task Stripe500sAndATimeout_AreRetriedWithTheSameIdempotencyKey_AndCreateOneIntent()
    {
        var pomelo = await factory.Listing().SoldPer("kg", null).Priced(55_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("Card", (pomelo, 3));
        var intentsBefore = factory.Stripe.Count("pi_");
        var requestsBefore = factory.Stripe.Requests.Count;

        factory.Stripe.FailNext(2, 500);
        factory.Stripe.DelayNext(1, TimeSpan.FromSeconds(3)); // carried out, but answered after the 1.5 s attempt timeout
        using var started = await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);

        var creates = factory.Stripe.Requests.Skip(requestsBefore).Where(r => r is { Method: "POST", Path: "/v1/payment_intents" }).ToList();
        Assert.True(creates.Count >= 4, $"expected two 500s, one timeout and a success; Stripe saw {creates.Count} calls");
        Assert.Single(creates.Select(r => r.IdempotencyKey).Distinct());
        Assert.Equal($"pi-{order.Id()}-{order.GetProperty("total").Amount()}", creates[0].IdempotencyKey);
        await People.EventuallyAsync(() => Task.FromResult(factory.Stripe.Count("pi_") == intentsBefore + 1), "the delayed call to be carried out");
        await Task.Delay(500);
        Assert.Equal(intentsBefore + 1, factory.Stripe.Count("pi_"));
    }

    [Fact]
    public async Task WhenStripeStaysDown_TheShopperIsToldToTryAgain_AndNothingIsCharged()
    {
        var ginger = await factory.Listing().SoldPer("kg", null).Priced(45_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("Card", (ginger, 1));
        var intentsBefore = factory.Stripe.Count("pi_");
        factory.Stripe.FailNext(4, 503);
        using var refused = await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("payment.stripe_unavailable", (await refused.JsonAsync()).GetProperty("code").GetString());
        Assert.Equal(intentsBefore, factory.Stripe.Count("pi_"));

        // Stripe is back: the same order gets its one intent.
        using var later = await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
        Assert.Equal(intentsBefore + 1, factory.Stripe.Count("pi_"));
    }

    [Fact]
    public async Task AnotherShoppersOrder_IsNotFound_AndNoIntentIsMadeForIt()
    {
        var tea = await factory.Listing().BuildAsync();
        var (shopper, order) = await factory.OrderAsync("Card", (tea, 1));
        var intentsBefore = factory.Stripe.Count("pi_");
        var (stranger, _) = await factory.NewPersonAsync("la");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/orders/{order.Id()}/payment")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null)).StatusCode);
        Assert.Equal(intentsBefore, factory.Stripe.Count("pi_"));
        Assert.Equal("Awaiting", (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentState").GetString());
    }

    [Fact]
    public async Task AnOrderNotPaidByItsDeadline_IsCancelled_ItsStockReturned_AndItsIntentCancelledAtStripe()
    {
        var noodles = await factory.Listing().Priced(70_000).WithStock(20).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("Card", (noodles, 2));
        Assert.Equal(18, await factory.StockAsync(noodles));
        var intentId = (await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        using (var declined = await factory.DeliverAsync(factory.Stripe.Decline(intentId)))
        {
            declined.EnsureSuccessStatusCode();
        }

        await shopper.WaitForPaymentStateAsync(order.Id(), "Failed");

        // Booked by the webhook in no reader's language; worded for each reader (Stripe's own words kept).
        Assert.Equal("Thẻ bị từ chối. (Your card was declined.)", (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentProblem").GetString());
        Assert.Equal(
            "The card was declined. (Your card was declined.)",
            (await InEnglishAsync(shopper, $"/api/v1/orders/{order.Id()}")).GetProperty("paymentProblem").GetString());
        try
        {
            factory.Clock.Shift = TimeSpan.FromMinutes(11);
            await shopper.WaitForPaymentStateAsync(order.Id(), "Expired");
            await People.EventuallyAsync(async () => await factory.StockAsync(noodles) == 20, "the stock to come back");
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }

        var expired = await shopper.OrderOfAsync(order.Id());
        Assert.All(expired.GetProperty("parts").EnumerateArray(), p => Assert.Equal("Cancelled", p.GetProperty("status").GetString()));
        Assert.All(expired.GetProperty("parts").EnumerateArray(), p =>
            Assert.Equal("Không nhận được thanh toán đúng hạn.", p.GetProperty("cancelReason").GetString()));
        Assert.All((await InEnglishAsync(shopper, $"/api/v1/orders/{order.Id()}")).GetProperty("parts").EnumerateArray(), p =>
            Assert.Equal("The payment did not come in time.", p.GetProperty("cancelReason").GetString()));
        Assert.Equal("canceled", factory.Stripe.Get(intentId)["status"]!.GetValue<string>());
        using var tooLate = await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null);
        Assert.Equal(HttpStatusCode.Conflict, tooLate.StatusCode);
    }

    private static async Task<System.Text.Json.JsonElement> InEnglishAsync(HttpClient client, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd("en");
        using var response = await client.SendAsync(request);
        return await response.JsonAsync();
    }
}
