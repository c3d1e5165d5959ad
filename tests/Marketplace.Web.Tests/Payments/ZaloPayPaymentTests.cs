using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marketplace.Payments.Features.Ledger;
using Marketplace.WalletTestServer;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// ZaloPay against a loopback ZaloPay server built from its published API (v2): the order and its
/// page, the callback signed under Key2 (booked once however often it comes; a forged one refused),
/// failures found by asking (ZaloPay calls back only payments made), refunds under ZaloPay's own
/// refund ids, the deadline, and ZaloPay being away. The same payment code serves MoMo
/// (<see cref="MoMoPaymentTests"/>): these show that the wallet seam carries a second wallet.
/// </summary>
public sealed partial class ZaloPayPaymentTests(MarketplaceWithWalletsFactory factory) : IClassFixture<MarketplaceWithWalletsFactory>
{
    [Fact]
    public async Task AZaloPayOrder_IsPaidOnItsPage_AndItsCallbackDeliveredTenTimesIsBookedOnce()
    {
        var tea = await factory.Listing().Priced(180_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("ZaloPay", (tea, 2));
        Assert.Equal("Awaiting", order.GetProperty("paymentState").GetString());

        // A reload, a second tab: the same ZaloPay order, opened once, for the order's total, under an id that starts with today in Vietnam.
        var first = await shopper.StartWalletPaymentAsync(order);
        var second = await shopper.StartWalletPaymentAsync(order);
        Assert.Equal(first.GetProperty("payUrl").GetString(), second.GetProperty("payUrl").GetString());
        Assert.StartsWith(factory.ZaloPay.BaseAddress + "/pay/", first.GetProperty("payUrl").GetString(), StringComparison.Ordinal);
        var appTransId = OpenedFor(order).Single();
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyMMdd_", CultureInfo.InvariantCulture);
        Assert.StartsWith(today, appTransId, StringComparison.Ordinal);
        Assert.Equal(order.GetProperty("total").Amount(), factory.ZaloPay.Get(appTransId).Amount);

        var paid = factory.ZaloPay.Pay(appTransId);
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await CallBackAsync(paid.Body);
            return ((int)response.StatusCode, response.IsSuccessStatusCode ? (await response.JsonAsync()).GetProperty("return_code").GetInt32() : 0);
        }));

        // One callback is taken (1); the others find it taken (2), or lost the race and are told to come again (409): none counts twice.
        Assert.All(answers, a => Assert.True(a is (200, 1) or (200, 2) or (409, 0), $"answered {a}"));
        Assert.Equal(1, answers.Count(a => a == (200, 1)));
        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        Assert.Equal((1, 1), await factory.PaidAndSalesBookedAsync(order.Id()));

        using (var replayed = await CallBackAsync(paid.Body))
        {
            Assert.Equal(2, (await replayed.JsonAsync()).GetProperty("return_code").GetInt32());
        }

        // The admins see ZaloPay's own id of the money (zp_trans_id), as its merchant portal lists it.
        var admin = await factory.AdminAsync();
        var listed = await (await admin.GetAsync($"/api/v1/admin/payments?search={order.GetProperty("number").GetString()}")).JsonAsync();
        Assert.Equal(paid.ZpTransId.ToString(CultureInfo.InvariantCulture), listed[0].GetProperty("providerReference").GetString());
        Assert.Equal("ZaloPay", listed[0].GetProperty("method").GetString());
        Assert.Equal((1, 1), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task AForgedCallback_Is400_AndChangesNothing()
    {
        var honey = await factory.Listing().Priced(95_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("ZaloPay", (honey, 1));
        await shopper.StartWalletPaymentAsync(order);
        var appTransId = OpenedFor(order).Single();
        var amount = factory.ZaloPay.Get(appTransId).Amount;
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        // Signed with another key (Key1, say); ZaloPay's own mac over data whose amount was then changed; no mac at all.
        var data = ZaloPayServer.CallbackData(appTransId, now, amount, 9_999, now);
        var genuine = ZaloPayServer.CallbackBody(data);
        var tampered = genuine.Replace($"\\u0022amount\\u0022:{amount}", $"\\u0022amount\\u0022:{amount + 1}", StringComparison.Ordinal);
        Assert.NotEqual(genuine, tampered);
        var forgeries = new[]
        {
            ZaloPayServer.CallbackBody(data, ZaloPayServer.Key1),
            tampered,
            JsonSerializer.Serialize(new { data, type = 1 }),
            ZaloPayServer.CallbackBody(ZaloPayServer.CallbackData(appTransId, now, amount, 9_999, now, appId: "9999")), // signed, another app's
            "not json",
            "[]",
            "{}",
        };
        foreach (var forged in forgeries)
        {
            using var refused = await CallBackAsync(forged);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.StartsWith("application/problem+json", refused.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal("Awaiting", (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentState").GetString());
        Assert.Equal((0, 0), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task ACancelledAttempt_IsFoundByAsking_TheNextIsANewZaloPayOrder_AndItsPaymentIsBookedOnTheWayBack()
    {
        var macadamia = await factory.Listing().Priced(250_000).WithStock(10).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("ZaloPay", (macadamia, 1));
        await shopper.StartWalletPaymentAsync(order);
        var firstAttempt = OpenedFor(order).Single();

        // ZaloPay calls back nothing for a cancelled order: the shopper's way back asks it.
        factory.ZaloPay.Cancel(firstAttempt);
        var failed = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet/refresh", null)).JsonAsync();
        Assert.Equal("Failed", failed.GetProperty("status").GetString());
        await shopper.WaitForPaymentStateAsync(order.Id(), "Failed");
        var problem = (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentProblem").GetString();
        Assert.StartsWith("Ví điện tử chưa nhận thanh toán.", problem, StringComparison.Ordinal);
        Assert.Equal(9, await factory.StockAsync(macadamia));

        // ZaloPay takes an app_trans_id once: the next attempt is a new one, and a reload reuses it.
        var retried = await shopper.StartWalletPaymentAsync(order);
        Assert.Equal(retried.GetProperty("payUrl").GetString(), (await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString());
        var secondAttempt = OpenedFor(order).Single(id => id != firstAttempt);

        // Paid, and no callback yet: the way back asks ZaloPay, and the callback that follows finds it booked.
        var paid = factory.ZaloPay.Pay(secondAttempt);
        var refreshed = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet/refresh", null)).JsonAsync();
        Assert.Equal("Succeeded", refreshed.GetProperty("status").GetString());
        using (var after = await CallBackAsync(paid.Body))
        {
            Assert.Equal(2, (await after.JsonAsync()).GetProperty("return_code").GetInt32());
        }

        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        Assert.Equal((1, 1), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task ARefund_GoesBackThroughZaloPay_UnderItsOwnRefundId_AndIsBookedOnce()
    {
        var longan = await factory.Listing().Priced(120_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("ZaloPay", (longan, 3));
        await shopper.StartWalletPaymentAsync(order);
        var appTransId = OpenedFor(order).Single();
        using (var told = await CallBackAsync(factory.ZaloPay.Pay(appTransId).Body))
        {
            Assert.Equal(HttpStatusCode.OK, told.StatusCode);
        }

        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        var admin = await factory.AdminAsync();
        var partId = order.Part(longan.Cooperative.Name).GetProperty("partId").GetGuid();

        // The same refund asked twice (a second click): one refund at ZaloPay, one in the books.
        var refund = await admin.RefundTwiceAsync(partId, 50_000, "Một túi bị dập");
        Assert.Equal("ZaloPay", refund.GetProperty("method").GetString());

        // A second refund whose answer is lost: the retry is refused as seen, and found by asking ZaloPay for it.
        factory.ZaloPay.LoseNextAnswers(1);
        using (var lost = await admin.PostAsJsonAsync($"/api/v1/admin/order-parts/{partId}/refunds", new { amountVnd = 20_000, reason = "Thiếu" }))
        {
            Assert.Equal(HttpStatusCode.Created, lost.StatusCode);
        }

        // A third that ZaloPay will finish later ("processing"): taken, and booked.
        factory.ZaloPay.RefundsProcessing = true;
        try
        {
            using var later = await admin.PostAsJsonAsync($"/api/v1/admin/order-parts/{partId}/refunds", new { amountVnd = 10_000, reason = "Giao trễ" });
            Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        }
        finally
        {
            factory.ZaloPay.RefundsProcessing = false;
        }

        var made = factory.ZaloPay.Get(appTransId).Refunds;
        Assert.Equal([50_000L, 20_000L, 10_000L], made.Select(r => r.Amount));
        Assert.All(made, r => Assert.Matches(RefundIdShape(), r.RefundId));
        Assert.Equal(3, await factory.LedgerCountAsync(order.Id(), LedgerEntryKind.Refund));
        var payment = await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/payment")).JsonAsync();
        Assert.Equal(80_000, payment.GetProperty("refunded").Amount());
    }

    [Fact]
    public async Task AnOrderNotPaidByItsDeadline_IsCancelled_AndAPaymentMadeAfterIsGivenBackWholeThroughZaloPay()
    {
        var noodles = await factory.Listing().Priced(70_000).WithStock(20).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("ZaloPay", (noodles, 2));
        await shopper.StartWalletPaymentAsync(order);
        var appTransId = OpenedFor(order).Single();
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

        Assert.Contains(factory.ZaloPay.Requests, r => r.Path == "/v2/query" && r.AppTransId == appTransId);

        // The shopper pays on ZaloPay's page after all: the order is gone, so the money goes back whole, once however often ZaloPay calls.
        var late = factory.ZaloPay.Pay(appTransId);
        for (var i = 0; i < 3; i++)
        {
            using var told = await CallBackAsync(late.Body);
            Assert.Equal(HttpStatusCode.OK, told.StatusCode);
        }

        var (amount, refunds) = factory.ZaloPay.Get(appTransId);
        Assert.Equal(amount, Assert.Single(refunds).Amount);
        Assert.Contains($"_{ZaloPayServer.AppId}_RB{late.ZpTransId}", Assert.Single(refunds).RefundId, StringComparison.Ordinal);
        Assert.Equal("Expired", (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentState").GetString());
        Assert.Equal((0, 0), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task WhenZaloPayIsAway_TheShopperIsToldToTryAgain_AndNoAttemptIsSaved_NorFailedByAnAnswerAboutTheRequest()
    {
        var rice = await factory.Listing().Priced(35_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("ZaloPay", (rice, 3));
        factory.ZaloPay.FailNext(10);
        using (var away = await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet", null))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, away.StatusCode);
            Assert.Equal("payment.zalopay_unavailable", (await away.JsonAsync()).GetProperty("code").GetString());
        }

        factory.ZaloPay.Recover();
        var opened = await shopper.StartWalletPaymentAsync(order);
        Assert.Single(OpenedFor(order));
        Assert.Contains(OpenedFor(order).Single(), Uri.UnescapeDataString(opened.GetProperty("payUrl").GetString()!), StringComparison.Ordinal);

        // ZaloPay answers the way back's query 2 about the request itself (its mac, -402): that is no word on the payment, which stays payable.
        factory.ZaloPay.AnswerNext(2, -402);
        var during = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet/refresh", null)).JsonAsync();
        Assert.Equal("Pending", during.GetProperty("status").GetString());
        Assert.Equal(opened.GetProperty("payUrl").GetString(), (await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString());
    }

    /// <summary>The ZaloPay orders opened for the order: "yymmdd_" and its reference (its number without dashes).</summary>
    private IReadOnlyList<string> OpenedFor(JsonElement order)
    {
        var reference = order.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
        return [.. factory.ZaloPay.AppTransIds.Where(id => id.Contains($"_{reference}-", StringComparison.Ordinal))];
    }

    private async Task<HttpResponseMessage> CallBackAsync(string body)
    {
        using var client = factory.CreateClient();
        return await client.PostAsync("/api/v1/payments/zalopay/callback", new StringContent(body, Encoding.UTF8, "application/json"));
    }


    [GeneratedRegex($@"^\d{{6}}_{ZaloPayServer.AppId}_RF[0-9a-f]{{32}}$")]
    private static partial Regex RefundIdShape();
}
