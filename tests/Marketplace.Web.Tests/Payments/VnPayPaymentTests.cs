using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Payments.Features.Ledger;
using Marketplace.WalletTestServer;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// VNPay against a loopback VNPay built from its published specification (2.1.0): the payment page
/// opened by an address signed here, its notification (IPN) of paid and failed attempts (once
/// however often it comes; a forged one refused with VNPay's own code), the way back asked of its
/// merchant API (querydr), refunds through it, and VNPay being away.
/// </summary>
public sealed class VnPayPaymentTests(MarketplaceWithWalletsFactory factory) : IClassFixture<MarketplaceWithWalletsFactory>
{
    [Fact]
    public async Task AVnPayOrder_IsPaidOnItsPage_AndItsNotificationDeliveredTenTimesIsBookedOnce()
    {
        var tea = await factory.Listing().Priced(180_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("VnPay", (tea, 2));

        // The page's address is signed here, for the order's total, and lives until the payment's deadline; a reload gives the same.
        var started = await shopper.StartWalletPaymentAsync(order);
        var payUrl = started.GetProperty("payUrl").GetString()!;
        Assert.Equal(payUrl, (await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString());
        Assert.StartsWith(factory.VnPay.PayUrl + "?", payUrl, StringComparison.Ordinal);
        Assert.True(factory.VnPay.Open(payUrl));
        var txnRef = OpenedFor(order).Single();
        Assert.Equal(order.GetProperty("total").Amount(), factory.VnPay.Get(txnRef).Amount);

        // The same address with its amount changed is refused by VNPay's signature check.
        var total = order.GetProperty("total").Amount();
        Assert.False(factory.VnPay.Open(payUrl.Replace($"vnp_Amount={total * 100}", $"vnp_Amount={(total - 1_000) * 100}", StringComparison.Ordinal)));

        var paid = factory.VnPay.Pay(txnRef);
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => NotifyAsync(paid.Query)));

        // One notification is taken (00); the others find it taken (02), or lost the race and ask VNPay to come again (99).
        Assert.All(answers, a => Assert.Contains(a, new[] { "00", "02", "99" }));
        Assert.Equal(1, answers.Count(a => a == "00"));
        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        Assert.Equal("02", await NotifyAsync(paid.Query));
        Assert.Equal((1, 1), await factory.PaidAndSalesBookedAsync(order.Id()));

        var admin = await factory.AdminAsync();
        var listed = await (await admin.GetAsync($"/api/v1/admin/payments?search={order.GetProperty("number").GetString()}")).JsonAsync();
        Assert.Equal(paid.TransactionNo.ToString(CultureInfo.InvariantCulture), listed[0].GetProperty("providerReference").GetString());
        Assert.Equal("VnPay", listed[0].GetProperty("method").GetString());
    }

    [Fact]
    public async Task AForgedNotification_IsAnsweredWithVnPaysCode97_AndChangesNothing()
    {
        var honey = await factory.Listing().Priced(95_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("VnPay", (honey, 1));
        Assert.True(factory.VnPay.Open((await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString()!));
        var txnRef = OpenedFor(order).Single();
        var amount = factory.VnPay.Get(txnRef).Amount;

        // Signed with another secret; VNPay's own hash over fields whose amount was then changed; no hash at all; nothing; signed
        // for another terminal.
        var otherSecret = VnPayServer.NoticeQuery(txnRef, amount, "00", "00", 77, "x", "someone-elses-secret");
        var genuine = VnPayServer.NoticeQuery(txnRef, amount, "00", "00", 77, "x");
        var tampered = genuine.Replace($"vnp_Amount={amount * 100}", $"vnp_Amount={(amount + 1) * 100}", StringComparison.Ordinal);
        Assert.NotEqual(genuine, tampered);
        var otherTerminal = VnPayServer.NoticeQuery(txnRef, amount, "00", "00", 77, "x", tmnCode: "OTHERTMN");
        foreach (var forged in new[] { otherSecret, tampered, genuine[..genuine.IndexOf("&vnp_SecureHashType", StringComparison.Ordinal)], "", otherTerminal })
        {
            Assert.Equal("97", await NotifyAsync(forged));
        }

        // Signed, for an attempt nobody made: VNPay is told there is no such order.
        Assert.Equal("01", await NotifyAsync(VnPayServer.NoticeQuery("HTX000000NOSUCH-2026120612000000ab", amount, "00", "00", 78, "x")));
        Assert.Equal("Awaiting", (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentState").GetString());
        Assert.Equal((0, 0), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task ACancelledAttempt_FailsThePayment_TheNextIsANewOne_AndItsPaymentIsBookedOnTheWayBack()
    {
        var macadamia = await factory.Listing().Priced(250_000).WithStock(10).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("VnPay", (macadamia, 1));
        var first = (await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString()!;
        Assert.True(factory.VnPay.Open(first));
        var firstAttempt = OpenedFor(order).Single();

        // VNPay notifies a cancelled attempt too: the payment fails, in VNPay's words.
        var cancelled = factory.VnPay.Cancel(firstAttempt);
        Assert.Equal("00", await NotifyAsync(cancelled.Query));
        await shopper.WaitForPaymentStateAsync(order.Id(), "Failed");
        Assert.Equal(
            "Ví điện tử chưa nhận thanh toán. (Khách hàng đã hủy giao dịch.)",
            (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentProblem").GetString());
        Assert.Equal(9, await factory.StockAsync(macadamia));

        // The next attempt has its own id; paid, with no notification yet, the way back asks VNPay (querydr).
        var second = (await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString()!;
        Assert.NotEqual(first, second);
        Assert.True(factory.VnPay.Open(second));
        var secondAttempt = OpenedFor(order).Single(id => id != firstAttempt);
        var paid = factory.VnPay.Pay(secondAttempt);
        var refreshed = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet/refresh", null)).JsonAsync();
        Assert.Equal("Succeeded", refreshed.GetProperty("status").GetString());
        Assert.Contains(factory.VnPay.Requests, r => r.Command == "querydr" && r.TxnRef == secondAttempt);

        // The notification after the way back, and the first attempt's failure again: nothing more.
        Assert.Equal("02", await NotifyAsync(paid.Query));
        Assert.Equal("02", await NotifyAsync(cancelled.Query));
        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        Assert.Equal((1, 1), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task ARefund_GoesBackThroughVnPay_AndIsBookedOnce_AndOneWhoseAnswerIsLostIsLeftToTheAdmins()
    {
        var longan = await factory.Listing().Priced(120_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("VnPay", (longan, 2));
        Assert.True(factory.VnPay.Open((await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString()!));
        var txnRef = OpenedFor(order).Single();
        Assert.Equal("00", await NotifyAsync(factory.VnPay.Pay(txnRef).Query));
        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        var admin = await factory.AdminAsync();
        var partId = order.Part(longan.Cooperative.Name).GetProperty("partId").GetGuid();

        var refund = await admin.RefundTwiceAsync(partId, 50_000, "Một túi bị dập");
        Assert.Equal("VnPay", refund.GetProperty("method").GetString());
        Assert.False(string.IsNullOrEmpty(refund.GetProperty("walletRefundId").GetString()));

        // The answer to the second refund is lost, and the retry (the same request) is answered 94. VNPay has no way to look a
        // refund up: nothing is booked, and the admin is told to see in VNPay's portal whether it was made (here it was).
        factory.VnPay.LoseNextAnswers(1);
        using (var lost = await admin.PostAsJsonAsync($"/api/v1/admin/order-parts/{partId}/refunds", new { amountVnd = 20_000, reason = "Thiếu" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, lost.StatusCode);
            Assert.Equal("payment.vnpay_refund_seen", (await lost.JsonAsync()).GetProperty("code").GetString());
        }

        Assert.Equal([50_000L, 20_000L], factory.VnPay.Get(txnRef).Refunds);
        Assert.Equal(1, await factory.LedgerCountAsync(order.Id(), LedgerEntryKind.Refund));
        var payment = await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/payment")).JsonAsync();
        Assert.Equal(50_000, payment.GetProperty("refunded").Amount());
        Assert.All(factory.VnPay.Requests.Where(r => r.Command == "refund" && r.TxnRef == txnRef), r => Assert.Equal("03", r.TransactionType));
    }

    [Fact]
    public async Task APaymentMadeAfterTheDeadline_GoesBackWholeThroughVnPay_AsAWholeRefund()
    {
        var noodles = await factory.Listing().Priced(70_000).WithStock(20).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("VnPay", (noodles, 2));
        Assert.True(factory.VnPay.Open((await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString()!));
        var txnRef = OpenedFor(order).Single();
        try
        {
            factory.Clock.Shift = TimeSpan.FromMinutes(11);
            await shopper.WaitForPaymentStateAsync(order.Id(), "Expired");
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }

        // Paid on VNPay's page after all: the money goes back whole (a refund of type "02"), once however often VNPay notifies:
        // VNPay cannot look a refund up, so the give-back kept as made is what a replay finds.
        var late = factory.VnPay.Pay(txnRef);
        Assert.Equal("00", await NotifyAsync(late.Query));
        Assert.Equal("02", await NotifyAsync(late.Query));
        Assert.Equal("02", await NotifyAsync(late.Query));
        var (amount, refunds) = factory.VnPay.Get(txnRef);
        Assert.Equal(amount, Assert.Single(refunds));
        Assert.Equal("02", Assert.Single(factory.VnPay.Requests, r => r.Command == "refund" && r.TxnRef == txnRef).TransactionType);
        Assert.Equal((0, 0), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task WhenVnPayIsAway_TheWayBackLeavesThePaymentAsItWas_AndTheNotificationBooksItLater()
    {
        var rice = await factory.Listing().Priced(35_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("VnPay", (rice, 3));
        Assert.True(factory.VnPay.Open((await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString()!));
        var txnRef = OpenedFor(order).Single();
        var paid = factory.VnPay.Pay(txnRef);

        factory.VnPay.FailNext(10);
        try
        {
            var during = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet/refresh", null)).JsonAsync();
            Assert.Equal("Pending", during.GetProperty("status").GetString());
        }
        finally
        {
            factory.VnPay.Recover();
        }

        Assert.Equal("00", await NotifyAsync(paid.Query));
        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
    }

    /// <summary>The VNPay attempts opened for the order: "{reference}-{moment}".</summary>
    private IReadOnlyList<string> OpenedFor(JsonElement order)
    {
        var reference = order.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
        return [.. factory.VnPay.TxnRefs.Where(id => id.StartsWith(reference + "-", StringComparison.Ordinal))];
    }

    /// <summary>VNPay's GET to the IPN address; its answer's RspCode (always under 200).</summary>
    private async Task<string> NotifyAsync(string query)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync($"/api/v1/payments/vnpay/ipn?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("RspCode").GetString()!;
    }
}
