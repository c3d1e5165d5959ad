using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;
using static Marketplace.Web.Tests.Ordering.ReturnTests;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>Returns of a part paid by card: the money goes back to the card through Stripe, under the return's key, once.</summary>
public sealed class ReturnByCardTests(MarketplaceWithStripeFactory factory) : IClassFixture<MarketplaceWithStripeFactory>
{
    /// <summary>A new shopper's order of the listing, paid by card as Stripe confirms it; with the card's payment intent.</summary>
    private async Task<(HttpClient Shopper, JsonElement Order, string IntentId)> PaidByCardAsync(TestListing listing, int quantity, string province)
    {
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var order = await shopper.PlaceOrderAsync("Card", province, (listing, quantity));
        var session = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null)).JsonAsync();
        var intentId = session.GetProperty("paymentIntentId").GetString()!;
        (await factory.DeliverAsync(factory.Stripe.Succeed(intentId))).EnsureSuccessStatusCode();
        return (shopper, order, intentId);
    }

    [Fact]
    public async Task AnOfferTaken_GoesBackToTheCard_AndARefusalDisputed_IsSettledByTheAdmin()
    {
        var tea = await factory.Listing().Priced(150_000).WithStock(20).BuildAsync();
        var staff = tea.Cooperative.Owner;
        var (shopper, order, intentId) = await PaidByCardAsync(tea, 2, "Đà Nẵng");
        await tea.Cooperative.DeliverAsync(order);
        var partId = order.Part(tea.Cooperative.Name).GetProperty("partId").GetGuid();

        // A card-paid part needs no account. The cooperative offers part of it (the tea was kept), and the shopper takes it.
        var asked = await OkAsync(await AskAsync(shopper, order, partId, new
        {
            lines = new[] { new { sku = tea.Sku, quantity = 1 } },
            reason = "NotAsDescribed",
            details = "Trà không phải trà shan tuyết",
        }));
        var returnId = asked.GetProperty("returnId").GetGuid();
        Assert.Equal(["AmountVnd"], await ProblemAsync(
            await staff.PostAsJsonAsync($"/api/v1/cooperatives/returns/{returnId}/Offer", new { note = "Giữ lại hàng" }), HttpStatusCode.BadRequest));
        Assert.Equal(["amountVnd"], await ProblemAsync(
            await staff.PostAsJsonAsync($"/api/v1/cooperatives/returns/{returnId}/Offer", new { amountVnd = 150_000, note = "Giữ lại hàng" }),
            HttpStatusCode.BadRequest));
        Assert.Equal(["Note"], await ProblemAsync(
            await staff.PostAsJsonAsync($"/api/v1/cooperatives/returns/{returnId}/Refuse", new { }), HttpStatusCode.BadRequest));
        var offered = await OkAsync(await staff.PostAsJsonAsync(
            $"/api/v1/cooperatives/returns/{returnId}/Offer", new { amountVnd = 100_000, note = "Bạn giữ lại trà, hợp tác xã hoàn 100.000 ₫" }));
        Assert.Equal("Offered", offered.GetProperty("status").GetString());
        var (stranger, _) = await factory.NewPersonAsync("la");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/returns/{returnId}/take-offer", null)).StatusCode);
        await OkAsync(await shopper.PostAsync($"/api/v1/returns/{returnId}/take-offer", null));
        Assert.Equal(100_000, (await RefundedAsync(shopper, order, returnId)).GetProperty("refund").Amount());

        // Through Stripe, once, under the return's key; the tea stays sold.
        var stripeRefund = Assert.Single(factory.Stripe.RefundsOf(intentId));
        Assert.Equal(100_000, stripeRefund["amount"]!.GetValue<long>());
        Assert.Equal(18, await factory.StockAsync(tea));

        // A second request, refused, disputed, and settled by the admin at 50,000, back to the card again.
        var second = await OkAsync(await AskAsync(shopper, order, partId, new { lines = new[] { new { sku = tea.Sku, quantity = 1 } }, reason = "Spoiled" }));
        var secondId = second.GetProperty("returnId").GetGuid();
        await OkAsync(await staff.PostAsJsonAsync($"/api/v1/cooperatives/returns/{secondId}/Refuse", new { note = "Trà khô không hỏng được" }));
        var admin = await factory.AdminAsync();
        Assert.Equal(["return.not_now"], await ProblemAsync(
            await admin.PostAsJsonAsync($"/api/v1/admin/returns/{secondId}/settle", new { amountVnd = 50_000, note = "x" }), HttpStatusCode.Conflict));
        Assert.Equal("Disputed", (await OkAsync(await shopper.PostAsync($"/api/v1/returns/{secondId}/dispute", null))).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await shopper.GetAsync("/api/v1/admin/returns")).StatusCode);
        var disputes = await (await admin.GetAsync("/api/v1/admin/returns")).JsonAsync();
        Assert.Contains(disputes.EnumerateArray(), r => r.GetProperty("returnId").GetGuid() == secondId);
        Assert.Equal(["amountVnd"], await ProblemAsync(
            await admin.PostAsJsonAsync($"/api/v1/admin/returns/{secondId}/settle", new { amountVnd = 150_001, note = "Quá" }), HttpStatusCode.BadRequest));
        await OkAsync(await admin.PostAsJsonAsync(
            $"/api/v1/admin/returns/{secondId}/settle", new { amountVnd = 50_000, note = "Ảnh cho thấy một gói bị ẩm: hoàn một phần" }));
        Assert.Equal(50_000, (await RefundedAsync(shopper, order, secondId)).GetProperty("refund").Amount());
        Assert.Equal([100_000L, 50_000L], factory.Stripe.RefundsOf(intentId).Select(r => r["amount"]!.GetValue<long>()).Order().Reverse());

        // The ledger: the sale, less both refunds and the commission given back on them.
        var entries = EntriesOf(await admin.LedgerAsync(tea.Cooperative.Id), order);
        Assert.Equal(-150_000, entries.Where(e => e.GetProperty("kind").GetString() == "Refund").Sum(e => e.GetProperty("amount").Amount()));
    }

    [Fact]
    public async Task ACardPaidParcelThatCameBack_IsRefundedToTheCardByItself_Once()
    {
        var longan = await factory.Listing().Priced(95_000).WithStock(10).BuildAsync();
        var staff = longan.Cooperative.Owner;
        var (shopper, order, intentId) = await PaidByCardAsync(longan, 2, "Cần Thơ");
        var partId = order.Part(longan.Cooperative.Name).GetProperty("partId").GetGuid();
        await People.EventuallyAsync(
            async () => (await staff.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/Confirm", new { })).IsSuccessStatusCode, "the paid part");
        foreach (var (action, body) in new (string, object)[]
        {
            ("Pack", new { }), ("Ship", new { carrier = "Viettel Post", trackingNumber = "VTP778899" }),
            ("ReturnToSender", new { reason = "Không liên lạc được người nhận" }), ("ReceiveReturn", new { returnFeeVnd = 20_000 }),
        })
        {
            await OkAsync(await staff.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/{action}", body));
        }

        await People.EventuallyAsync(() => Task.FromResult(factory.Stripe.RefundsOf(intentId).Count > 0), "the card to be refunded");
        var refund = Assert.Single(factory.Stripe.RefundsOf(intentId));
        Assert.Equal(order.GetProperty("total").Amount(), refund["amount"]!.GetValue<long>());
        await People.EventuallyAsync(
            async () => (await shopper.OrderOfAsync(order.Id())).Part(longan.Cooperative.Name).GetProperty("refunded").Amount()
                == order.GetProperty("total").Amount(),
            "the order to show the refund");

        // The ledger: the sale and its commission given back whole; the return fee is what the cooperative is left with.
        var admin = await factory.AdminAsync();
        var listed = await (await admin.GetAsync($"/api/v1/admin/payments?search={order.GetProperty("number").GetString()}")).JsonAsync();
        var paymentPart = Assert.Single(listed[0].GetProperty("parts").EnumerateArray());
        Assert.True(paymentPart.GetProperty("returned").GetBoolean()); // told apart from a cancellation on the admins' payments page
        Assert.True(paymentPart.GetProperty("cancelled").GetBoolean());
        var ledger = await admin.LedgerAsync(longan.Cooperative.Id);
        Assert.Equal(-20_000, ledger.GetProperty("balance").GetProperty("balance").Amount());
    }

    [Fact]
    public async Task ARefundStripeRefuses_IsShownToTheAdmins_AndMadeOnce_WhenTheyTryItAgainFromTheirPage()
    {
        var honey = await factory.Listing().Priced(120_000).WithStock(10).BuildAsync();
        var (shopper, order, intentId) = await PaidByCardAsync(honey, 1, "Huế");
        await honey.Cooperative.DeliverAsync(order);
        var partId = order.Part(honey.Cooperative.Name).GetProperty("partId").GetGuid();
        var asked = await OkAsync(await AskAsync(shopper, order, partId, new { lines = new[] { new { sku = honey.Sku, quantity = 1 } }, reason = "Spoiled" }));
        var returnId = asked.GetProperty("returnId").GetGuid();

        // Stripe refuses the refund the agreement makes due: the admins' list says so, and nothing went back.
        factory.Stripe.FailNext(1, 400);
        await OkAsync(await honey.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/returns/{returnId}/Accept", new { restock = true }));
        var admin = await factory.AdminAsync();
        await People.EventuallyAsync(
            async () => (await (await admin.GetAsync("/api/v1/admin/returns")).JsonAsync()).EnumerateArray()
                .Any(r => r.GetProperty("returnId").GetGuid() == returnId && r.GetProperty("refundProblem").ValueKind == JsonValueKind.String),
            "the refused refund to be shown");
        Assert.Empty(factory.Stripe.RefundsOf(intentId));

        // From their page, once the cause is dealt with: tried again under the same key, and made once.
        var pages = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var list = await pages.GetPageAsync("/admin/returns");
        using (var retried = await pages.SubmitAsync(list, $"#return-{returnId} form[action*='handler=RetryRefund']", new Dictionary<string, string>()))
        {
            Assert.Contains("Đang hoàn tiền lại", (await Html.ParseAsync(retried)).Document.QuerySelector("#flash")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(120_000, (await RefundedAsync(shopper, order, returnId)).GetProperty("refund").Amount());
        Assert.Equal(120_000, Assert.Single(factory.Stripe.RefundsOf(intentId))["amount"]!.GetValue<long>());
        Assert.Equal(["return.not_now"], await ProblemAsync(
            await admin.PostAsync($"/api/v1/admin/returns/{returnId}/retry-refund", null), HttpStatusCode.Conflict));
    }
}
