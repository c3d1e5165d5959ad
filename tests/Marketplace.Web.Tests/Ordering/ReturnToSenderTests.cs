using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// A shipped parcel the carrier could not hand over: tried again, sent back, and back at the
/// cooperative. Its stock is on sale again, no cash is asked for it, the carrier's return fee is
/// the cooperative's, the shopper hears of each step once, and money paid by transfer is refunded
/// whole by the admins (a card's goes back by itself: see <see cref="ReturnByCardTests"/>).
/// </summary>
public sealed class ReturnToSenderTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static Task<HttpResponseMessage> StepAsync(HttpClient staff, Guid partId, string action, object? body = null) =>
        staff.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/{action}", body ?? new { });

    private static async Task<JsonElement> MovedAsync(HttpClient staff, Guid partId, string action, object? body = null)
    {
        using var moved = await StepAsync(staff, partId, action, body);
        Assert.True(moved.IsSuccessStatusCode, $"{action}: {(int)moved.StatusCode} {await moved.Content.ReadAsStringAsync()}");
        return await moved.JsonAsync();
    }

    private static async Task ShipAsync(HttpClient staff, Guid partId)
    {
        await People.EventuallyAsync(
            async () => (await StepAsync(staff, partId, "Confirm")).IsSuccessStatusCode, "the part to be confirmed (once paid, when paid before)");
        await MovedAsync(staff, partId, "Pack");
        await MovedAsync(staff, partId, "Ship", new { carrier = "Giao Hàng Tiết Kiệm", trackingNumber = "S21.GHTK.123456" });
    }

    [Fact]
    public async Task ACashParcelRefusedAtTheDoor_ComesBack_WithItsStock_NoCashAsked_AndTheReturnFeeOnTheCooperative()
    {
        var longan = await factory.Listing().Priced(85_000).WithStock(20).BuildAsync();
        var staff = longan.Cooperative.Owner;
        var (shopper, email) = await factory.NewPersonAsync("khach");
        var order = await shopper.PlaceOrderAsync("CashOnDelivery", "Hà Nội", (longan, 3));
        var partId = order.Part(longan.Cooperative.Name).GetProperty("partId").GetGuid();
        Assert.Equal(17, await factory.StockAsync(longan));
        await ShipAsync(staff, partId);

        // A step out of turn, or without the reason the shopper will read, changes nothing.
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(staff, partId, "ReceiveReturn")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(staff, partId, "FailAttempt")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await StepAsync(staff, partId, "ReturnToSender", new { reason = " " })).StatusCode);
        using (var feeTooEarly = await StepAsync(staff, partId, "FailAttempt", new { reason = "Không liên lạc được", returnFeeVnd = 10_000 }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, feeTooEarly.StatusCode);
            Assert.Contains("ReturnFeeVnd", (await feeTooEarly.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        }

        // Two failed attempts, each its own step; then the parcel goes back and comes back.
        Assert.Equal("DeliveryFailed", (await MovedAsync(staff, partId, "FailAttempt", new { reason = "Không liên lạc được người nhận" }))
            .GetProperty("status").GetString());
        await MovedAsync(staff, partId, "FailAttempt", new { reason = "Người nhận hẹn hôm sau" });
        Assert.Equal("Returning", (await MovedAsync(staff, partId, "ReturnToSender", new { reason = "Người nhận từ chối nhận hàng" }))
            .GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(staff, partId, "Deliver")).StatusCode);
        using (var negative = await StepAsync(staff, partId, "ReceiveReturn", new { returnFeeVnd = -1 }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);
        }

        var back = await MovedAsync(staff, partId, "ReceiveReturn", new { returnFeeVnd = 22_000 });
        Assert.Equal("Returned", back.GetProperty("status").GetString());
        Assert.Equal(0, back.GetProperty("cashDue").Amount());
        Assert.Equal(
            ["Placed", "Confirmed", "Packed", "Shipped", "DeliveryFailed", "DeliveryFailed", "Returning", "Returned"],
            back.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await StepAsync(staff, partId, "ReceiveReturn", new { returnFeeVnd = 22_000 })).StatusCode);

        // The stock is on sale again, to the unit.
        await People.EventuallyAsync(async () => await factory.StockAsync(longan) == 20, "the returned stock to be on sale again");

        // The order asks nothing for it, and has no invoice for it.
        var seen = await shopper.OrderOfAsync(order.Id());
        Assert.Equal("Returned", seen.Part(longan.Cooperative.Name).GetProperty("status").GetString());
        Assert.Equal(0, seen.GetProperty("total").Amount());
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/parts/{partId}/invoice.pdf")).StatusCode);

        // The ledger: no sale, no cash collected, and the carrier's fee on the cooperative, once.
        var admin = await factory.AdminAsync();
        await People.EventuallyAsync(
            async () => (await admin.LedgerAsync(longan.Cooperative.Id)).GetProperty("entries").EnumerateArray()
                .Any(e => e.GetProperty("kind").GetString() == "Shipping"),
            "the return fee to be booked");
        var ledger = await admin.LedgerAsync(longan.Cooperative.Id);
        var entries = ledger.GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("orderNumber").GetString() == order.GetProperty("number").GetString())
            .ToList();
        var fee = Assert.Single(entries);
        Assert.Equal("Shipping", fee.GetProperty("kind").GetString());
        Assert.Equal(-22_000, fee.GetProperty("amount").Amount());
        Assert.Contains("Người nhận từ chối nhận hàng", fee.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(-22_000, ledger.GetProperty("balance").GetProperty("balance").Amount());
        Assert.Equal(22_000, ledger.GetProperty("balance").GetProperty("shipping").Amount());

        // One mail per real step: two failed attempts, one sent back, one back.
        var number = order.GetProperty("number").GetString()!;
        await People.EventuallyAsync(() => Task.FromResult(factory.MailsTo(email, $"{number}").Any(m => m.Contains("đã về lại", StringComparison.Ordinal))),
            "the shopper to hear the parcel is back");
        var mails = factory.MailsTo(email, number);
        Assert.Equal(2, mails.Count(m => m.Contains("chưa giao được", StringComparison.Ordinal)));
        Assert.Single(mails, m => m.Contains("Không liên lạc được người nhận", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains("đang được hoàn về hợp tác xã: Người nhận từ chối nhận hàng", StringComparison.Ordinal));
        Assert.Single(mails, m => m.Contains("bạn không phải trả tiền cho phần này", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AParcelPaidByTransferSentBack_IsNoLongerASale_AndIsRefundedWhole_WithTheLedgerBackToZero()
    {
        var tea = await factory.Listing().Priced(120_000).WithStock(10).BuildAsync();
        var staff = tea.Cooperative.Owner;
        var admin = await factory.AdminAsync();
        var (_, order) = await factory.OrderAsync("BankTransfer", (tea, 2));
        var total = order.GetProperty("total").Amount();
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = total })).EnsureSuccessStatusCode();
        var partId = order.Part(tea.Cooperative.Name).GetProperty("partId").GetGuid();
        await ShipAsync(staff, partId);

        // Sent back straight from the road (the address did not exist), and back with no fee charged.
        await MovedAsync(staff, partId, "ReturnToSender", new { reason = "Sai địa chỉ" });
        await MovedAsync(staff, partId, "ReceiveReturn");
        await People.EventuallyAsync(async () => await factory.StockAsync(tea) == 10, "the returned stock to be on sale again");

        // Paid by transfer, the money waits for the admins' transfer back, as for a cancelled part (nothing is booked by itself);
        // refunded whole, the cooperative's ledger is back to zero.
        Assert.Equal(0, (await (await admin.GetAsync($"/api/v1/admin/refunds?orderId={order.Id()}")).JsonAsync()).GetArrayLength());
        await People.EventuallyAsync(
            async () => (await admin.PostAsJsonAsync($"/api/v1/admin/order-parts/{partId}/refunds", new { amountVnd = total, reason = "Hàng hoàn về" }))
                .StatusCode == HttpStatusCode.Created,
            "the refund to go through");
        var ledger = await admin.LedgerAsync(tea.Cooperative.Id);
        Assert.DoesNotContain(ledger.GetProperty("entries").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Shipping");
        Assert.Equal(0, ledger.GetProperty("balance").GetProperty("balance").Amount());
        Assert.Equal(0, ledger.GetProperty("balance").GetProperty("pending").Amount());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync($"/api/v1/admin/order-parts/{partId}/refunds", new { amountVnd = 1, reason = "x" }))
            .StatusCode);
    }
}
