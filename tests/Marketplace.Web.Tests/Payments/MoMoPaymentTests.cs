using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Ledger;
using Marketplace.WalletTestServer;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// MoMo against a loopback MoMo server built from its published API: the payment page, the signed
/// notification (once however often it comes, in any order; a forged one refused), the way back
/// asked of MoMo, refunds through MoMo, the deadline, and MoMo being away.
/// </summary>
public sealed class MoMoPaymentTests(MarketplaceWithWalletsFactory factory) : IClassFixture<MarketplaceWithWalletsFactory>
{
    [Fact]
    public async Task AMoMoOrder_IsPaidOnMoMosPage_AndItsNotificationDeliveredTenTimesIsBookedOnce()
    {
        var tea = await factory.Listing().Priced(180_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("MoMo", (tea, 2));
        Assert.Equal("Awaiting", order.GetProperty("paymentState").GetString());

        // A reload, a second tab: the same MoMo payment, opened once, for the order's total.
        var first = await shopper.StartWalletPaymentAsync(order);
        var second = await shopper.StartWalletPaymentAsync(order);
        Assert.Equal(first.GetProperty("payUrl").GetString(), second.GetProperty("payUrl").GetString());
        var walletOrderId = OpenedFor(order).Single();
        Assert.Equal(order.GetProperty("total").Amount(), factory.MoMo.Get(walletOrderId).Amount);
        Assert.Equal(order.GetProperty("total").Amount(), first.GetProperty("amount").Amount());

        var paid = factory.MoMo.Pay(walletOrderId);
        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await NotifyAsync(paid.Body);
            return response.StatusCode;
        }));

        // A notification that lost the race may be told to come again (409); none is lost, none counts twice.
        Assert.All(answers, a => Assert.True(a is HttpStatusCode.NoContent or HttpStatusCode.Conflict, $"answered {a}"));
        Assert.Contains(HttpStatusCode.NoContent, answers);
        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        Assert.Equal((1, 1), await factory.PaidAndSalesBookedAsync(order.Id()));
        var payment = await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/payment")).JsonAsync();
        Assert.Equal("Succeeded", payment.GetProperty("status").GetString());
        Assert.Equal("MoMo", payment.GetProperty("method").GetString());

        // The admins see MoMo's own id of the money, as MoMo's portal lists it.
        var admin = await factory.AdminAsync();
        var listed = await (await admin.GetAsync($"/api/v1/admin/payments?search={order.GetProperty("number").GetString()}")).JsonAsync();
        Assert.Equal(paid.TransId.ToString(CultureInfo.InvariantCulture), listed[0].GetProperty("providerReference").GetString());
        using var again = await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task AForgedNotification_Is400_AndChangesNothing()
    {
        var honey = await factory.Listing().Priced(95_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("MoMo", (honey, 1));
        await shopper.StartWalletPaymentAsync(order);
        var walletOrderId = OpenedFor(order).Single();
        var amount = factory.MoMo.Get(walletOrderId).Amount;
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        // Signed with another key; and MoMo's own signature over a body whose amount was then changed.
        var otherKey = MoMoServer.NoticeBody(walletOrderId, walletOrderId, amount, "x", 42, 0, "Thành công.", now, "someone-elses-secret");
        var genuine = MoMoServer.NoticeBody(walletOrderId, walletOrderId, amount, "x", 42, 0, "Thành công.", now);
        var tampered = genuine.Replace($"\"amount\":{amount}", $"\"amount\":{amount + 1}", StringComparison.Ordinal);
        Assert.NotEqual(genuine, tampered);
        foreach (var forged in new[] { otherKey, tampered, "not json", "[]", "{}" })
        {
            using var refused = await NotifyAsync(forged);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.StartsWith("application/problem+json", refused.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal("Awaiting", (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentState").GetString());
        Assert.Equal((0, 0), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task ADeniedAttempt_FailsThePayment_TheNextIsANewMoMoPayment_AndTheWayBackAsksMoMo()
    {
        var macadamia = await factory.Listing().Priced(250_000).WithStock(10).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("MoMo", (macadamia, 1));
        await shopper.StartWalletPaymentAsync(order);
        var firstAttempt = OpenedFor(order).Single();
        var denied = factory.MoMo.Deny(firstAttempt);
        using (var told = await NotifyAsync(denied.Body))
        {
            Assert.Equal(HttpStatusCode.NoContent, told.StatusCode);
        }

        await shopper.WaitForPaymentStateAsync(order.Id(), "Failed");
        Assert.Equal(
            "Ví điện tử chưa nhận thanh toán. (Giao dịch bị từ chối bởi người dùng.)",
            (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentProblem").GetString());
        Assert.Equal(9, await factory.StockAsync(macadamia));

        // MoMo takes an order id once: the next attempt is a new one, and a reload reuses it.
        var retried = await shopper.StartWalletPaymentAsync(order);
        var reloaded = await shopper.StartWalletPaymentAsync(order);
        Assert.Equal(retried.GetProperty("payUrl").GetString(), reloaded.GetProperty("payUrl").GetString());
        var secondAttempt = OpenedFor(order).Single(id => id != firstAttempt);

        // MoMo under maintenance answers the way back with a code about the request: the payment is not failed by it.
        factory.MoMo.AnswerNext(10);
        var during = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet/refresh", null)).JsonAsync();
        Assert.Equal("Failed", during.GetProperty("status").GetString());
        Assert.Equal(retried.GetProperty("payUrl").GetString(), (await shopper.StartWalletPaymentAsync(order)).GetProperty("payUrl").GetString());

        // Paid, and no notification yet: the shopper's way back asks MoMo.
        factory.MoMo.Pay(secondAttempt);
        var refreshed = await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet/refresh", null)).JsonAsync();
        Assert.Equal("Succeeded", refreshed.GetProperty("status").GetString());

        // The first attempt's failure, arriving again late, and the second's success after the way back: nothing more.
        using (var late = await NotifyAsync(denied.Body))
        {
            Assert.Equal(HttpStatusCode.NoContent, late.StatusCode);
        }

        using (var after = await NotifyAsync(factory.MoMo.Pay(secondAttempt).Body))
        {
            Assert.Equal(HttpStatusCode.NoContent, after.StatusCode);
        }

        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        Assert.Equal((1, 1), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task ARefund_GoesBackThroughMoMo_UnderItsOwnId_AndIsBookedOnce()
    {
        var longan = await factory.Listing().Priced(120_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("MoMo", (longan, 2));
        await shopper.StartWalletPaymentAsync(order);
        var walletOrderId = OpenedFor(order).Single();
        using (var told = await NotifyAsync(factory.MoMo.Pay(walletOrderId).Body))
        {
            Assert.Equal(HttpStatusCode.NoContent, told.StatusCode);
        }

        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        var admin = await factory.AdminAsync();
        var partId = order.Part(longan.Cooperative.Name).GetProperty("partId").GetGuid();
        var refund = await admin.RefundTwiceAsync(partId, 50_000, "Một túi bị dập");

        // A second refund whose answer is lost on the way: the retry is refused by MoMo as seen, and found in the payment's list.
        factory.MoMo.LoseNextAnswers(1);
        using (var lost = await admin.PostAsJsonAsync($"/api/v1/admin/order-parts/{partId}/refunds", new { amountVnd = 20_000, reason = "Thiếu" }))
        {
            Assert.Equal(HttpStatusCode.Created, lost.StatusCode);
        }

        Assert.Equal("MoMo", refund.GetProperty("method").GetString());
        Assert.False(string.IsNullOrEmpty(refund.GetProperty("walletRefundId").GetString()));
        var made = factory.MoMo.Get(walletOrderId).Refunds;
        Assert.Equal([50_000L, 20_000L], made.Select(r => r.Amount));
        Assert.Equal(2, await factory.LedgerCountAsync(order.Id(), LedgerEntryKind.Refund));

        // More than is left: refused here, MoMo never asked.
        using var tooMuch = await admin.PostAsJsonAsync(
            $"/api/v1/admin/order-parts/{partId}/refunds", new { amountVnd = order.GetProperty("total").Amount(), reason = "Tất cả" });
        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Equal(2, factory.MoMo.Get(walletOrderId).Refunds.Count);
    }

    [Fact]
    public async Task AnAttemptOpenedBeforeAPartWasCancelled_IsBookedAtWhatIsDue_AndTheRestGoesBack()
    {
        var tea = await factory.Listing().Priced(150_000).BuildAsync();
        var honey = await factory.Listing().Priced(200_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("MoMo", (tea, 1), (honey, 1));
        await shopper.StartWalletPaymentAsync(order);
        var walletOrderId = OpenedFor(order).Single();
        var asked = factory.MoMo.Get(walletOrderId).Amount;
        var honeyPart = order.Part(honey.Cooperative.Name);
        (await shopper.PostAsJsonAsync($"/api/v1/orders/{order.Id()}/parts/{honeyPart.GetProperty("partId").GetGuid()}/cancel", new { reason = "Đổi ý" }))
            .EnsureSuccessStatusCode();
        var due = asked - honeyPart.GetProperty("total").Amount();
        await People.EventuallyAsync(
            async () => (await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/payment")).JsonAsync()).GetProperty("amount").Amount() == due,
            "the payment to ask only the tea");

        // The shopper pays the page opened before: the order is paid, and what was beyond it goes back through MoMo.
        using (var told = await NotifyAsync(factory.MoMo.Pay(walletOrderId).Body))
        {
            Assert.Equal(HttpStatusCode.NoContent, told.StatusCode);
        }

        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        Assert.Equal(asked - due, Assert.Single(factory.MoMo.Get(walletOrderId).Refunds).Amount);
        Assert.Equal((1, 1), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task AnOrderNotPaidByItsDeadline_IsCancelled_AndAPaymentMadeAfterIsGivenBackWhole_EvenIfMoMoIsAwayWhenAsked()
    {
        var noodles = await factory.Listing().Priced(70_000).WithStock(20).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("MoMo", (noodles, 2));
        await shopper.StartWalletPaymentAsync(order);
        var walletOrderId = OpenedFor(order).Single();
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

        Assert.Contains(factory.MoMo.Requests, r => r.Path == "/v2/gateway/api/query" && r.OrderId == walletOrderId);

        // The shopper pays on MoMo's page after all: the order is gone, so the money goes back whole. MoMo is away when
        // asked: the notification is taken all the same, and the give-back kept and asked again until MoMo makes it.
        var late = factory.MoMo.Pay(walletOrderId);
        factory.MoMo.FailNext(2);
        using (var told = await NotifyAsync(late.Body))
        {
            Assert.Equal(HttpStatusCode.NoContent, told.StatusCode);
        }

        Assert.Empty(factory.MoMo.Get(walletOrderId).Refunds);
        try
        {
            factory.Clock.Shift = TimeSpan.FromMinutes(2); // the next try of a kept give-back waits a minute
            await People.EventuallyAsync(
                async () =>
                {
                    await using var scope = factory.CreateScope();
                    var kept = await scope.ServiceProvider.GetRequiredService<PaymentsDbContext>().WalletGiveBacks.AsNoTracking()
                        .SingleOrDefaultAsync(g => g.WalletOrderId == walletOrderId);
                    return kept is { GivenBackAt: not null, Attempts: 2 };
                },
                "the kept give-back to be made on a later round");
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }

        var (amount, refunds) = factory.MoMo.Get(walletOrderId);
        Assert.Equal(amount, Assert.Single(refunds).Amount);

        using (var replayed = await NotifyAsync(late.Body))
        {
            Assert.Equal(HttpStatusCode.NoContent, replayed.StatusCode);
        }

        Assert.Single(factory.MoMo.Get(walletOrderId).Refunds);
        Assert.Equal("Expired", (await shopper.OrderOfAsync(order.Id())).GetProperty("paymentState").GetString());
        Assert.Equal((0, 0), await factory.PaidAndSalesBookedAsync(order.Id()));
    }

    [Fact]
    public async Task WhenMoMoIsAway_TheShopperIsToldToTryAgain_AndNoAttemptIsSaved()
    {
        var rice = await factory.Listing().Priced(35_000).BuildAsync();
        var (shopper, order) = await factory.OrderAsync("MoMo", (rice, 3));
        factory.MoMo.FailNext(10);
        using (var away = await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/wallet", null))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, away.StatusCode);
            Assert.Equal("payment.momo_unavailable", (await away.JsonAsync()).GetProperty("code").GetString());
        }

        Assert.Empty(OpenedFor(order));
        factory.MoMo.Recover();
        await shopper.StartWalletPaymentAsync(order);
        Assert.Single(OpenedFor(order));
    }

    [Fact]
    public async Task AnOrderAboveWhatMoMoTakes_IsRefusedAtCheckout_AndTheCartIsKept()
    {
        var ginseng = await factory.Listing().Priced(26_000_000).WithStock(5).BuildAsync();
        var (shopper, _) = await factory.NewPersonAsync("khach");
        (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = ginseng.VariantId, quantity = 2 })).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                recipient = "Trần Thu Hà",
                phone = "0903123456",
                province = "Đà Nẵng",
                commune = "phường Hải Châu",
                street = "5 Bạch Đằng",
                paymentMethod = "MoMo",
            }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var refused = await shopper.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty("PaymentMethod", out _));
        Assert.Equal(5, await factory.StockAsync(ginseng));
        var cart = await (await shopper.GetAsync("/api/v1/cart")).JsonAsync();
        Assert.Equal(2, cart.GetProperty("groups")[0].GetProperty("lines")[0].GetProperty("quantity").GetInt32());
    }

    /// <summary>The MoMo payments opened for the order: their ids begin with its reference (its number without dashes).</summary>
    private IReadOnlyList<string> OpenedFor(JsonElement order)
    {
        var reference = order.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal);
        return [.. factory.MoMo.OrderIds.Where(id => id.StartsWith(reference + "-", StringComparison.Ordinal))];
    }

    private async Task<HttpResponseMessage> NotifyAsync(string body)
    {
        using var client = factory.CreateClient();
        return await client.PostAsync("/api/v1/payments/momo/ipn", new StringContent(body, Encoding.UTF8, "application/json"));
    }

}
