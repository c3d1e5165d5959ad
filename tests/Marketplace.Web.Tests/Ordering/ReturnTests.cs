using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// A shopper sends delivered goods back: asked within the cooperative's days, accepted, offered in
/// part or refused, disputed and settled by an admin; the money goes back the way it came (the card
/// through Stripe, cash by the alliance's transfer), once, and the ledger, the stock and the order
/// are each right to the unit and the đồng.
/// </summary>
public sealed class ReturnTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    internal static async Task<HttpResponseMessage> AskAsync(HttpClient shopper, JsonElement order, Guid partId, object body) =>
        await shopper.PostAsJsonAsync($"/api/v1/orders/{order.Id()}/parts/{partId}/returns", body);

    internal static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return await response.JsonAsync();
        }
    }

    internal static async Task<string[]> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{(int)response.StatusCode} {body}");
            var problem = JsonDocument.Parse(body).RootElement;
            return problem.TryGetProperty("errors", out var errors)
                ? [.. errors.EnumerateObject().Select(e => e.Name)]
                : [problem.GetProperty("code").GetString()!];
        }
    }

    internal static async Task<JsonElement> ReturnOfAsync(HttpClient shopper, JsonElement order, Guid returnId) =>
        (await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/returns")).JsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("returnId").GetGuid() == returnId);

    internal static async Task<JsonElement> RefundedAsync(HttpClient shopper, JsonElement order, Guid returnId)
    {
        await People.EventuallyAsync(
            async () => (await ReturnOfAsync(shopper, order, returnId)).GetProperty("status").GetString() == "Refunded", "the return to be refunded");
        return await ReturnOfAsync(shopper, order, returnId);
    }

    internal static List<JsonElement> EntriesOf(JsonElement ledger, JsonElement order) =>
        [.. ledger.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("orderNumber").GetString() == order.GetProperty("number").GetString())];

    [Fact]
    public async Task CashGoodsSentBack_AreAcceptedAndRestocked_AndTheAllianceTransfersTheRefund_OnceAndToTheDong()
    {
        var longan = await factory.Listing().Priced(90_000).WithStock(30).BuildAsync();
        var staff = longan.Cooperative.Owner;
        var (shopper, email) = await factory.NewPersonAsync("khach");
        var order = await shopper.PlaceOrderAsync("CashOnDelivery", "Hà Nội", (longan, 3));
        var partId = order.Part(longan.Cooperative.Name).GetProperty("partId").GetGuid();
        var goods = new { lines = new[] { new { sku = longan.Sku, quantity = 2 } }, reason = "Damaged", details = "Hai hộp bị dập" };

        // Not delivered yet: nothing to send back.
        Assert.Equal(["return.not_delivered"], await ProblemAsync(await AskAsync(shopper, order, partId, goods), HttpStatusCode.Conflict));
        await longan.Cooperative.DeliverAsync(order);
        Assert.Equal(27, await factory.StockAsync(longan));

        // What cannot be asked: nothing, more than was delivered, an item not in the part, no account for cash, a bad account.
        var account = new { bank = "Vietcombank", accountNumber = "0071000123456", holder = "TRAN THU HA" };
        Assert.Equal(["Lines"], await ProblemAsync(await AskAsync(shopper, order, partId, new
        {
            lines = new[] { new { sku = longan.Sku, quantity = 0 } },
            reason = "Damaged",
            account,
        }), HttpStatusCode.BadRequest));
        Assert.Equal(["Lines"], await ProblemAsync(await AskAsync(shopper, order, partId, new
        {
            lines = new[] { new { sku = longan.Sku, quantity = 4 } },
            reason = "Damaged",
            account,
        }), HttpStatusCode.BadRequest));
        Assert.Equal(["Lines"], await ProblemAsync(await AskAsync(shopper, order, partId, new
        {
            lines = new[] { new { sku = "KHONG-CO", quantity = 1 } },
            reason = "Damaged",
            account,
        }), HttpStatusCode.BadRequest));
        Assert.Equal(["Account"], await ProblemAsync(await AskAsync(shopper, order, partId, goods), HttpStatusCode.BadRequest));
        Assert.Contains("Account.AccountNumber", await ProblemAsync(await AskAsync(shopper, order, partId, new
        {
            lines = goods.lines,
            reason = "Damaged",
            account = new { bank = "Vietcombank", accountNumber = "12ab", holder = "TRAN THU HA" },
        }), HttpStatusCode.BadRequest));
        Assert.Equal(HttpStatusCode.BadRequest, (await AskAsync(shopper, order, partId, new { lines = goods.lines, reason = "Boredom", account })).StatusCode);
        using (var malformed = await shopper.PostAsync(
            $"/api/v1/orders/{order.Id()}/parts/{partId}/returns", new StringContent("{\"lines\": 7", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        }

        // Another person's order is not found.
        var (stranger, _) = await factory.NewPersonAsync("la");
        Assert.Equal(HttpStatusCode.NotFound, (await AskAsync(stranger, order, partId, new { goods.lines, goods.reason, account })).StatusCode);

        var asked = await OkAsync(await AskAsync(shopper, order, partId, new { goods.lines, goods.reason, goods.details, account }));
        var returnId = asked.GetProperty("returnId").GetGuid();
        Assert.Equal(180_000, asked.GetProperty("asked").Amount());
        Assert.Equal("Requested", asked.GetProperty("status").GetString());
        Assert.Equal(["return.open"], await ProblemAsync(
            await AskAsync(shopper, order, partId, new { lines = new[] { new { sku = longan.Sku, quantity = 1 } }, reason = "Spoiled", account }),
            HttpStatusCode.Conflict));
        await People.EventuallyAsync(
            () => Task.FromResult(factory.MailsTo(longan.Cooperative.OwnerEmail, "Yêu cầu trả hàng").Length == 1), "the owner to hear of the return");

        // The cooperative's list shows it first, without the shopper's account; someone else's cooperative cannot decide it.
        var list = await (await staff.GetAsync($"/api/v1/cooperatives/{longan.Cooperative.Id}/returns")).JsonAsync();
        var listed = list.GetProperty("returns").EnumerateArray().First();
        Assert.Equal(returnId, listed.GetProperty("returnId").GetGuid());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("account").ValueKind);
        Assert.Equal(7, list.GetProperty("policy").GetProperty("days").GetInt32());
        var other = await factory.Listing().BuildAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/returns/{returnId}/Accept", new { }))
            .StatusCode);

        var accepted = await OkAsync(await staff.PostAsJsonAsync($"/api/v1/cooperatives/returns/{returnId}/Accept", new { restock = true }));
        Assert.Equal("Agreed", accepted.GetProperty("status").GetString());
        Assert.Equal(["return.not_now"], await ProblemAsync(
            await staff.PostAsJsonAsync($"/api/v1/cooperatives/returns/{returnId}/Refuse", new { note = "Đổi ý" }), HttpStatusCode.Conflict));
        await People.EventuallyAsync(async () => await factory.StockAsync(longan) == 29, "the two boxes to be on sale again");

        // Paid in cash: nothing is booked until the alliance has transferred it; the admins' list shows where it goes.
        var admin = await factory.AdminAsync();
        var waiting = (await (await admin.GetAsync("/api/v1/admin/returns")).JsonAsync()).EnumerateArray()
            .Single(r => r.GetProperty("returnId").GetGuid() == returnId);
        Assert.Equal("0071000123456", waiting.GetProperty("account").GetProperty("accountNumber").GetString());
        Assert.Equal(0, (await (await admin.GetAsync($"/api/v1/admin/refunds?orderId={order.Id()}")).JsonAsync()).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"/api/v1/admin/returns/{returnId}/transferred", null)).StatusCode);
        await OkAsync(await admin.PostAsync($"/api/v1/admin/returns/{returnId}/transferred", null));
        Assert.Equal(
            ["return.not_now"], await ProblemAsync(await admin.PostAsync($"/api/v1/admin/returns/{returnId}/transferred", null), HttpStatusCode.Conflict));

        // Refunded by the alliance's transfer, once, booked as the admin's; the order shows what went back.
        var refunded = await RefundedAsync(shopper, order, returnId);
        Assert.Equal(180_000, refunded.GetProperty("refund").Amount());
        var refunds = await (await admin.GetAsync($"/api/v1/admin/refunds?orderId={order.Id()}")).JsonAsync();
        var refund = Assert.Single(refunds.EnumerateArray());
        Assert.Equal("BankTransfer", refund.GetProperty("method").GetString());
        Assert.Equal(180_000, refund.GetProperty("amount").Amount());
        Assert.Equal(People.AdminEmail, refund.GetProperty("by").GetString(), ignoreCase: true);
        await People.EventuallyAsync(
            async () => (await shopper.OrderOfAsync(order.Id())).Part(longan.Cooperative.Name).GetProperty("refunded").Amount() == 180_000,
            "the order to show the refund");

        // The cooperative's ledger: the sale of 270,000 collected in cash, less 180,000 given back; the commission on 90,000 is what it still owes.
        var entries = EntriesOf(await admin.LedgerAsync(longan.Cooperative.Id), order);
        Assert.Equal(-180_000, entries.Where(e => e.GetProperty("kind").GetString() == "Refund").Sum(e => e.GetProperty("amount").Amount()));
        var commission = entries.Where(e => e.GetProperty("kind").GetString() == "Commission").Sum(e => e.GetProperty("amount").Amount());
        var sale = entries.Single(e => e.GetProperty("kind").GetString() == "Sale").GetProperty("amount").Amount();
        var cash = entries.Single(e => e.GetProperty("kind").GetString() == "CashCollected").GetProperty("amount").Amount();
        Assert.Equal(sale, -cash);
        Assert.True(commission < 0, "a commission is still owed on the box kept");
        Assert.Equal(sale + cash - 180_000 + commission, entries.Sum(e => e.GetProperty("amount").Amount()));

        // One box is left to send back, no more; the shopper heard of each step once.
        Assert.Equal(
            ["Lines"], await ProblemAsync(await AskAsync(shopper, order, partId, new { goods.lines, goods.reason, account }), HttpStatusCode.BadRequest));
        await People.EventuallyAsync(
            () => Task.FromResult(factory.MailsTo(email, "Trả hàng").Any(m => m.Contains("Đã hoàn", StringComparison.Ordinal))), "the refund mail");
        var mails = factory.MailsTo(email, "Trả hàng");
        Assert.Equal(3, mails.Length);
    }

    [Fact]
    public async Task ReturnsAreTakenWithinTheCooperativesDays_AndNotAtAllWhenItTakesNone()
    {
        var macadamia = await factory.Listing().Priced(200_000).WithStock(10).BuildAsync();
        var owner = macadamia.Cooperative.Owner;
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var order = await shopper.PlaceOrderAsync("CashOnDelivery", "Huế", (macadamia, 1));
        try
        {
            // Delivered three days ago (signed in now, the tokens stay good back then).
            factory.Clock.Shift = TimeSpan.FromDays(-3);
            await macadamia.Cooperative.DeliverAsync(order);
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }

        var partId = order.Part(macadamia.Cooperative.Name).GetProperty("partId").GetGuid();
        var body = new
        {
            lines = new[] { new { sku = macadamia.Sku, quantity = 1 } },
            reason = "Other",
            details = "Hạt bị hôi dầu",
            account = new { bank = "BIDV", accountNumber = "31410001234567", holder = "LE VAN NAM" },
        };

        Assert.Equal(["Days"], await ProblemAsync(
            await owner.PutAsJsonAsync($"/api/v1/cooperatives/{macadamia.Cooperative.Id}/return-policy", new { days = 91 }), HttpStatusCode.BadRequest));
        await OkAsync(await owner.PutAsJsonAsync($"/api/v1/cooperatives/{macadamia.Cooperative.Id}/return-policy", new { days = 0 }));
        Assert.Equal(["return.not_taken"], await ProblemAsync(await AskAsync(shopper, order, partId, body), HttpStatusCode.Conflict));
        await OkAsync(await owner.PutAsJsonAsync($"/api/v1/cooperatives/{macadamia.Cooperative.Id}/return-policy", new { days = 2 }));
        Assert.Equal(["return.too_late"], await ProblemAsync(await AskAsync(shopper, order, partId, body), HttpStatusCode.Conflict));

        // Three days means until the end of the third day after delivery, in Vietnam.
        await OkAsync(await owner.PutAsJsonAsync($"/api/v1/cooperatives/{macadamia.Cooperative.Id}/return-policy", new { days = 3 }));
        Assert.Equal("Requested", (await OkAsync(await AskAsync(shopper, order, partId, body))).GetProperty("status").GetString());
        Assert.Equal(3, (await (await owner.GetAsync($"/api/v1/cooperatives/{macadamia.Cooperative.Id}/returns")).JsonAsync())
            .GetProperty("policy").GetProperty("days").GetInt32());
    }

    [Fact]
    public async Task FiveRequestsAtOnce_MakeOneReturn_WhichAsksNoMoreThanWasCollected_AndUnansweredGoesToTheAllianceAfterThreeDays()
    {
        var tea = await factory.Listing().Priced(100_000).WithStock(10).BuildAsync();
        var (shopper, _) = await factory.NewPersonAsync("khach");
        var order = await shopper.PlaceOrderAsync("CashOnDelivery", "Lào Cai", (tea, 2));
        var partId = order.Part(tea.Cooperative.Name).GetProperty("partId").GetGuid();
        var body = new
        {
            lines = new[] { new { sku = tea.Sku, quantity = 2 } },
            reason = "WrongItem",
            account = new { bank = "Agribank", accountNumber = "8800205123456", holder = "HOANG VAN SU" },
        };
        try
        {
            // Delivered four days ago, the buyer paying 150,000 of the 200,000 due (and the delivery fee) at the door.
            factory.Clock.Shift = TimeSpan.FromDays(-4);
            var due = order.Part(tea.Cooperative.Name).GetProperty("cashDue").Amount();
            var fee = order.Part(tea.Cooperative.Name).GetProperty("shippingFee").Amount();
            var shortByFifty = new { cashCollectedVnd = due - 50_000 - fee, reason = "Khách chỉ nhận một gói, gói kia trả tiền một nửa" };
            await tea.Cooperative.DeliverAsync(order, shortByFifty);
            var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => AskAsync(shopper, order, partId, body)));
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
            foreach (var answer in answers)
            {
                answer.Dispose();
            }
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }

        var asked = Assert.Single((await (await shopper.GetAsync($"/api/v1/orders/{order.Id()}/returns")).JsonAsync()).EnumerateArray());
        Assert.Equal(150_000, asked.GetProperty("asked").Amount());

        // The cooperative did not answer in three days: the shopper takes it to the alliance.
        var returnId = asked.GetProperty("returnId").GetGuid();
        Assert.Equal("Disputed", (await OkAsync(await shopper.PostAsync($"/api/v1/returns/{returnId}/dispute", null))).GetProperty("status").GetString());
        var admin = await factory.AdminAsync();
        var waiting = await (await admin.GetAsync("/api/v1/admin/returns")).JsonAsync();
        Assert.Contains(waiting.EnumerateArray(), r => r.GetProperty("returnId").GetGuid() == returnId);
    }
}
