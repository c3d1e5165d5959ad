using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Payments.Data;
using Marketplace.SharedKernel;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// Refunds, commission and payouts, and the ledger that holds them: after a run of orders paid
/// every way, refunds and a payout, every cooperative's balance is what its entries add up to and
/// what its orders say, to the đồng.
/// </summary>
public sealed class LedgerAndPayoutTests(MarketplaceWithStripeFactory factory) : IClassFixture<MarketplaceWithStripeFactory>
{
    private async Task<(HttpClient Shopper, JsonElement Order)> PaidByCardAsync(params (TestListing Listing, int Quantity)[] lines)
    {
        var (shopper, order) = await factory.OrderAsync("Card", lines);
        var intent = (await (await shopper.PostAsync($"/api/v1/orders/{order.Id()}/payment/card", null)).JsonAsync())
            .GetProperty("paymentIntentId").GetString()!;
        (await factory.DeliverAsync(factory.Stripe.Succeed(intent))).EnsureSuccessStatusCode();
        await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");
        return (shopper, order);
    }

    private static Task<HttpResponseMessage> RefundAsync(HttpClient admin, JsonElement order, string vendor, long amount) =>
        admin.PostAsJsonAsync(
            $"/api/v1/admin/order-parts/{order.Part(vendor).GetProperty("partId").GetGuid()}/refunds",
            new { amountVnd = amount, reason = "Hàng dập khi giao" });

    /// <summary>The payment Payments opened for the order (on its OrderPlaced notification), as the admin lists it.</summary>
    private static async Task<JsonElement> PaymentOfAsync(HttpClient admin, JsonElement order)
    {
        JsonElement found = default;
        await People.EventuallyAsync(
            async () =>
            {
                var list = await (await admin.GetAsync($"/api/v1/admin/payments?search={order.GetProperty("number").GetString()}")).JsonAsync();
                found = list.GetArrayLength() == 1 ? list[0] : default;
                return list.GetArrayLength() == 1;
            },
            "the order's payment to be opened");
        return found;
    }

    /// <summary>Where the cooperative's payouts go: a bank account in Vietnam, set by its owner.</summary>
    private static async Task PaidIntoABankAsync(TestCooperative cooperative) =>
        (await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/payout-account",
            new { bankName = "Agribank", accountNumber = "1500205104729", accountHolder = "HTX THU NGHIEM", country = "VN" }))
            .EnsureSuccessStatusCode();

    private static long Commission(JsonElement part, int basisPoints) => ((part.GetProperty("subtotal").Amount() * basisPoints) + 5_000) / 10_000;

    [Fact]
    public async Task ACardRefund_GoesThroughStripeOnce_AndGivesBackItsShareOfCommission()
    {
        var admin = await factory.AdminAsync();
        var tea = await factory.Listing().Priced(180_000).BuildAsync();
        var macadamia = await factory.Listing().Priced(250_000).BuildAsync();
        var (shopper, order) = await PaidByCardAsync((tea, 2), (macadamia, 1));
        var teaVendor = tea.Cooperative.Name;
        var refundsBefore = factory.Stripe.Count("re_");
        var key = Guid.NewGuid().ToString();
        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var request = new HttpRequestMessage(
                HttpMethod.Post, $"/api/v1/admin/order-parts/{order.Part(teaVendor).GetProperty("partId").GetGuid()}/refunds")
            {
                Content = JsonContent.Create(new { amountVnd = 60_000, reason = "Hàng dập khi giao" }),
            };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await admin.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            return await response.JsonAsync();
        }));
        var refund = twice[0];
        Assert.Equal(refund.GetProperty("refundId").GetGuid(), twice[1].GetProperty("refundId").GetGuid()); // a double click refunds once
        var stripeRefund = factory.Stripe.Get(refund.GetProperty("stripeRefundId").GetString()!);
        Assert.Equal(60_000, stripeRefund["amount"]!.GetValue<long>());
        Assert.Equal(refundsBefore + 1, factory.Stripe.Count("re_"));

        var left = order.Part(teaVendor).GetProperty("total").Amount() - 60_000;
        using (var tooMuch = await RefundAsync(admin, order, teaVendor, left + 1))
        {
            Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
            Assert.Equal("refund.too_much", (await tooMuch.JsonAsync()).GetProperty("code").GetString());
        }

        Assert.Equal(refundsBefore + 1, factory.Stripe.Count("re_"));
        var entries = (await admin.LedgerAsync(order.Part(teaVendor).GetProperty("vendorId").GetGuid())).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("orderNumber").GetString() == order.GetProperty("number").GetString()).ToList();
        Assert.Equal(-60_000, entries.Single(e => e.GetProperty("kind").GetString() == "Refund").GetProperty("amount").Amount());
        Assert.Contains(entries, e => e.GetProperty("kind").GetString() == "Commission" && e.GetProperty("amount").Amount() == 3_000);
        await People.EventuallyAsync(
            async () => (await shopper.OrderOfAsync(order.Id())).Part(teaVendor).GetProperty("refunded").Amount() == 60_000,
            "the order to show the refund");
    }

    [Fact]
    public async Task CashOnDelivery_IsNotRefundedHere_AndABankRefundIsRecordedWithoutStripe()
    {
        var admin = await factory.AdminAsync();
        var tea = await factory.Listing().Priced(180_000).BuildAsync();
        var (_, cod) = await factory.OrderAsync("CashOnDelivery", (tea, 1));
        Assert.Equal("DueOnDelivery", (await PaymentOfAsync(admin, cod)).GetProperty("status").GetString());
        using (var refused = await RefundAsync(admin, cod, tea.Cooperative.Name, 10_000))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        Assert.Empty((await admin.LedgerAsync(tea.Cooperative.Id)).GetProperty("entries").EnumerateArray()); // nothing booked for the refused refund
        Assert.Equal("DueOnDelivery", (await PaymentOfAsync(admin, cod)).GetProperty("status").GetString());

        var (shopper, bank) = await factory.OrderAsync("BankTransfer", (tea, 1));
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{bank.Id()}/transfer-received", new { amountVnd = bank.GetProperty("total").Amount() }))
            .EnsureSuccessStatusCode();
        var refundsBefore = factory.Stripe.Count("re_");
        using var refunded = await RefundAsync(admin, bank, tea.Cooperative.Name, 20_000);
        Assert.Equal(HttpStatusCode.Created, refunded.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await refunded.JsonAsync()).GetProperty("stripeRefundId").ValueKind);
        Assert.Equal(refundsBefore, factory.Stripe.Count("re_"));
        await shopper.WaitForPaymentStateAsync(bank.Id(), "Paid");
    }

    [Fact]
    public async Task ACashOrder_IsDueOnlyForItsPartsNotCancelled_AndCollectedOnceEachIsDelivered()
    {
        var admin = await factory.AdminAsync();
        var tea = await factory.Listing().Priced(120_000).BuildAsync();
        var honey = await factory.Listing().Priced(200_000).BuildAsync();
        var (shopper, cash) = await factory.OrderAsync("CashOnDelivery", (tea, 1), (honey, 1));
        var teaTotal = cash.Part(tea.Cooperative.Name).GetProperty("total").Amount();
        var honeyPart = cash.Part(honey.Cooperative.Name).GetProperty("partId").GetGuid();
        (await shopper.PostAsJsonAsync($"/api/v1/orders/{cash.Id()}/parts/{honeyPart}/cancel", new { reason = "Đổi ý." })).EnsureSuccessStatusCode();

        // The cancelled part is no longer due at the door (it once stayed in the amount).
        await People.EventuallyAsync(
            async () => (await PaymentOfAsync(admin, cash)).GetProperty("amount").Amount() == teaTotal, "the cancelled part to leave the amount due");
        Assert.Equal("DueOnDelivery", (await PaymentOfAsync(admin, cash)).GetProperty("status").GetString());

        // Delivered with its cash: nothing is due any more (it once stayed "due on delivery" for ever).
        await tea.Cooperative.DeliverAsync(cash);
        await People.EventuallyAsync(
            async () => (await PaymentOfAsync(admin, cash)).GetProperty("status").GetString() == "CollectedOnDelivery", "the cash to be recorded as collected");
        Assert.Equal(JsonValueKind.String, (await PaymentOfAsync(admin, cash)).GetProperty("paidAt").ValueKind);
    }

    [Fact]
    public async Task AfterOrdersRefundsAndAPayout_EveryBalanceIsTheSumOfItsParts_ToTheDong()
    {
        var admin = await factory.AdminAsync();
        var tea = await factory.Listing().Priced(180_000).ShippedFor(40_000, freeFromVnd: 1_000_000).BuildAsync();
        var teaBox = await factory.Listing().SoldBy(tea.Cooperative).Priced(350_000).BuildAsync();
        var macadamia = await factory.Listing().Priced(250_000).ShippedFor(30_000, freeFromVnd: 500_000).BuildAsync();
        var ginger = await factory.Listing().SoldBy(macadamia.Cooperative).SoldPer("kg", null).Priced(45_000).BuildAsync();
        var grower = macadamia.Cooperative;
        var vendor = grower.Name;
        await PaidIntoABankAsync(grower); // so that the payout batch pays it
        var (_, card) = await PaidByCardAsync((tea, 3), (macadamia, 2));
        var (_, bank) = await factory.OrderAsync("BankTransfer", (ginger, 4));
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{bank.Id()}/transfer-received", new { amountVnd = bank.GetProperty("total").Amount() }))
            .EnsureSuccessStatusCode();
        var (_, cash) = await factory.OrderAsync("CashOnDelivery", (teaBox, 1), (macadamia, 1));
        await tea.Cooperative.DeliverAsync(cash);
        await grower.DeliverAsync(cash);
        await grower.DeliverAsync(card); // paid in advance: payable only once delivered
        await grower.DeliverAsync(bank);
        (await RefundAsync(admin, card, vendor, 75_000)).EnsureSuccessStatusCode();
        var cooperativeId = card.Part(vendor).GetProperty("vendorId").GetGuid();
        Assert.Equal(grower.Id, cooperativeId);

        // The parts at the prices and delivery terms set above: two bags of macadamia are delivered free, the rest for 30.000 ₫.
        Assert.Equal(2 * macadamia.PriceVnd, card.Part(vendor).GetProperty("total").Amount());
        Assert.Equal((4 * ginger.PriceVnd) + 30_000, bank.Part(vendor).GetProperty("total").Amount());
        Assert.Equal(macadamia.PriceVnd + 30_000, cash.Part(vendor).GetProperty("total").Amount());
        string[] mine = [card.GetProperty("number").GetString()!, bank.GetProperty("number").GetString()!, cash.GetProperty("number").GetString()!];
        async Task<long> SumAsync(string kind) => (await admin.LedgerAsync(cooperativeId)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == kind && mine.Contains(e.GetProperty("orderNumber").GetString()))
            .Sum(e => e.GetProperty("amount").Amount());
        await People.EventuallyAsync(async () => await SumAsync("CashCollected") != 0, "the cash delivery to be booked");

        // What the orders themselves say the macadamia cooperative earned on them, computed here.
        Assert.Equal(
            card.Part(vendor).GetProperty("total").Amount() + bank.Part(vendor).GetProperty("total").Amount()
                + cash.Part(vendor).GetProperty("total").Amount(),
            await SumAsync("Sale"));
        Assert.Equal(
            -(Commission(card.Part(vendor), 500) + Commission(bank.Part(vendor), 500) + Commission(cash.Part(vendor), 500)) + 3_750,
            await SumAsync("Commission"));
        Assert.Equal(-75_000, await SumAsync("Refund"));
        Assert.Equal(-cash.Part(vendor).GetProperty("total").Amount(), await SumAsync("CashCollected"));
        await admin.WaitForReleaseAsync(cooperativeId, card);
        await admin.WaitForReleaseAsync(cooperativeId, bank);
        // The refund may have been booked pending just before its part's release was saved: the
        // next settling round (every 200 ms here) moves it too (Earnings.ReleaseDueAsync).
        var before = default(JsonElement);
        await People.EventuallyAsync(
            async () =>
            {
                before = (await admin.LedgerAsync(cooperativeId)).GetProperty("balance");
                return before.GetProperty("balance").Amount() == before.GetProperty("available").Amount();
            },
            "everything delivered to be payable");

        using var created = await admin.PostAsync("/api/v1/admin/payouts", null);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var batch = await created.JsonAsync();
        var line = batch.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("vendorId").GetGuid() == cooperativeId);
        Assert.Equal(before.GetProperty("balance").Amount(), line.GetProperty("amount").Amount());

        var balances = (await (await admin.GetAsync("/api/v1/admin/ledger")).JsonAsync()).EnumerateArray().ToList();
        Assert.NotEmpty(balances);
        foreach (var balance in balances)
        {
            long Sum(string name) => balance.GetProperty(name).Amount();
            Assert.Equal(
                Sum("sales") - Sum("commission") - Sum("refunds") - Sum("cashCollected") - Sum("payouts") + Sum("reversals") + Sum("payIns"),
                Sum("balance"));
            Assert.Equal(Sum("pending") + Sum("available"), Sum("balance"));
            Assert.True(
                Sum("available") <= 0 || !balance.GetProperty("hasPayoutAccount").GetBoolean(),
                $"{balance.GetProperty("vendorName")} still has {Sum("available")} available after the payout");
        }

        // The batch paid the whole balance out, booked as this cooperative's payout.
        var after = (await admin.LedgerAsync(cooperativeId)).GetProperty("balance");
        Assert.Equal(0, after.GetProperty("balance").Amount());
        Assert.Equal(line.GetProperty("amount").Amount(), after.GetProperty("payouts").Amount() - before.GetProperty("payouts").Amount());

        // A second batch finds nothing due.
        using var nothing = await admin.PostAsync("/api/v1/admin/payouts", null);
        Assert.Equal(HttpStatusCode.Conflict, nothing.StatusCode);
    }

    [Fact]
    public async Task ABankFileField_ASpreadsheetWouldRun_IsRefused_AndOneKeptFromBeforeIsEscapedInTheFile()
    {
        var admin = await factory.AdminAsync();
        var honey = await factory.Listing().Priced(120_000).BuildAsync();
        var cooperative = honey.Cooperative;
        var path = $"/api/v1/cooperatives/{cooperative.Id}/payout-account";
        foreach (var (field, account) in new (string, object)[]
        {
            ("AccountHolder",
                new { bankName = "Agribank", accountNumber = "1500205104729", accountHolder = "=HYPERLINK(\"http://x\",\"HTX\")", country = "VN" }),
            ("AccountNumber", new { bankName = "Agribank", accountNumber = "=1500205104729+1", accountHolder = "HTX ONG MAT", country = "VN" }),
            ("BankName", new { bankName = "@SUM(A1)", accountNumber = "1500205104729", accountHolder = "HTX ONG MAT", country = "VN" }),
        })
        {
            using var refused = await cooperative.Owner.PutAsJsonAsync(path, account);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.True((await refused.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), field);
        }

        (await cooperative.Owner.PutAsJsonAsync(
            path, new { bankName = "Agribank - CN Đà Lạt", accountNumber = "1500 2051 04729", accountHolder = "HTX ONG MAT (DA LAT)", country = "VN" }))
            .EnsureSuccessStatusCode();

        // An account kept from before the rule, as the database may still hold one.
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PaymentsDbContext>();
            var kept = await db.PayoutAccounts.SingleAsync(a => a.CooperativeId == CooperativeId.From(cooperative.Id));
            kept.Set("Agribank", "1500205104729", "=HYPERLINK(\"http://x\",\"HTX\")", "VN", null);
            await db.SaveChangesAsync();
        }

        var (_, card) = await PaidByCardAsync((honey, 3));
        await cooperative.DeliverAsync(card);
        await admin.WaitForReleaseAsync(cooperative.Id, card);
        var batch = await (await admin.PostAsync("/api/v1/admin/payouts", null)).JsonAsync();
        Assert.Contains(batch.GetProperty("lines").EnumerateArray(), l => l.GetProperty("vendorId").GetGuid() == cooperative.Id);
        var csv = Encoding.UTF8.GetString(
            await (await admin.GetAsync($"/api/v1/admin/payouts/{batch.GetProperty("batchId").GetGuid()}/bank.csv")).Content.ReadAsByteArrayAsync());
        var line = Assert.Single(csv.Split("\r\n"), l => l.Contains("HYPERLINK", StringComparison.Ordinal));
        Assert.Contains("'=HYPERLINK", line, StringComparison.Ordinal); // text to a spreadsheet, not a formula
        Assert.DoesNotContain(",=", line, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APayout_PaysAStripeConnectedAccountByTransfer_OnceEvenWhenStripeFailsHalfway()
    {
        var admin = await factory.AdminAsync();
        var rice = await factory.Listing().SoldPer("kg", null).Priced(35_000).BuildAsync();
        var owner = rice.Cooperative.Owner;
        var (_, card) = await PaidByCardAsync((rice, 3));
        var cooperativeId = card.GetProperty("parts")[0].GetProperty("vendorId").GetGuid();
        using (var set = await owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperativeId}/payout-account", new
        {
            bankName = "DBS",
            accountNumber = "0721-234567",
            accountHolder = "NHU CO COOP",
            country = "SG",
            stripeAccountId = "acct_1NhuCoSingapore"
        }))
        {
            Assert.True((await set.JsonAsync()).GetProperty("paidByStripe").GetBoolean());
        }

        var stranger = (await factory.ApprovedCooperativeAsync()).Owner; // the owner of another cooperative
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/cooperatives/{cooperativeId}/ledger")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await stranger.PutAsJsonAsync(
                $"/api/v1/cooperatives/{cooperativeId}/payout-account",
                new { bankName = "X", accountNumber = "123456789", accountHolder = "X", country = "VN" })).StatusCode);
        var kept = await (await owner.GetAsync($"/api/v1/cooperatives/{cooperativeId}/payout-account")).JsonAsync();
        Assert.Equal("DBS", kept.GetProperty("bankName").GetString());
        Assert.Equal("acct_1NhuCoSingapore", kept.GetProperty("stripeAccountId").GetString());

        await rice.Cooperative.DeliverAsync(card); // paid in advance: payable only once delivered
        await admin.WaitForReleaseAsync(cooperativeId, card);
        var batch = await (await admin.PostAsync("/api/v1/admin/payouts", null)).JsonAsync();
        var batchId = batch.GetProperty("batchId").GetGuid();
        var line = batch.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("vendorId").GetGuid() == cooperativeId);
        Assert.Equal("StripeTransfer", line.GetProperty("method").GetString());
        var csv = Encoding.UTF8.GetString(await (await admin.GetAsync($"/api/v1/admin/payouts/{batchId}/bank.csv")).Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFso_tai_khoan,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("NHU CO COOP", csv, StringComparison.Ordinal);
        Assert.Equal(
            batch.GetProperty("lines").EnumerateArray().Count(l => l.GetProperty("method").GetString() == "BankTransfer") + 1,
            csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        var transfersBefore = factory.Stripe.Count("tr_");
        factory.Stripe.FailNext(4, 500);
        using (var down = await admin.PostAsync($"/api/v1/admin/payouts/{batchId}/paid", null))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        }

        var paid = await (await admin.PostAsync($"/api/v1/admin/payouts/{batchId}/paid", null)).JsonAsync();
        Assert.Equal("Paid", paid.GetProperty("status").GetString());
        Assert.Equal(transfersBefore + 1, factory.Stripe.Count("tr_"));
        var transfer = factory.Stripe.Get(paid.GetProperty("lines").EnumerateArray()
            .Single(l => l.GetProperty("vendorId").GetGuid() == cooperativeId)
            .GetProperty("stripeTransferId").GetString()!);
        Assert.Equal("acct_1NhuCoSingapore", transfer["destination"]!.GetValue<string>());
        Assert.Equal(line.GetProperty("amount").Amount(), transfer["amount"]!.GetValue<long>());
        Assert.All(factory.Stripe.Requests.Where(r => r.Path == "/v1/transfers"), r =>
            Assert.Equal($"tr-{line.GetProperty("lineId").GetGuid()}", r.IdempotencyKey));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/admin/payouts/{batchId}/paid", null)).StatusCode);
    }

    [Fact]
    public async Task ANewCommissionRate_AppliesToOrdersPlacedFromThenOn_AndPlacedOrdersKeepTheirs()
    {
        var admin = await factory.AdminAsync();
        var pomelo = await factory.Listing().SoldPer("kg", null).Priced(55_000).BuildAsync();
        var (_, before) = await factory.OrderAsync("BankTransfer", (pomelo, 2));
        using (var invalid = await admin.PutAsJsonAsync("/api/v1/admin/commission-rate", new { percent = 75 }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        }

        (await admin.PutAsJsonAsync("/api/v1/admin/commission-rate", new { percent = 8 })).EnsureSuccessStatusCode();
        try
        {
            var (_, after) = await factory.OrderAsync("BankTransfer", (pomelo, 2));
            async Task<int> RateOfAsync(JsonElement order) =>
                (await PaymentOfAsync(admin, order)).GetProperty("parts")[0].GetProperty("commissionBasisPoints").GetInt32();
            Assert.Equal(500, await RateOfAsync(before));
            Assert.Equal(800, await RateOfAsync(after));
        }
        finally
        {
            (await admin.PutAsJsonAsync("/api/v1/admin/commission-rate", new { percent = 5 })).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task ALedgerEntry_IsReversedByAnOppositeEntry_Once()
    {
        var admin = await factory.AdminAsync();
        var longan = await factory.Listing().Priced(150_000).BuildAsync();
        var (_, card) = await PaidByCardAsync((longan, 1));
        var cooperativeId = card.GetProperty("parts")[0].GetProperty("vendorId").GetGuid();
        var ledger = await admin.LedgerAsync(cooperativeId);
        var sale = ledger.GetProperty("entries").EnumerateArray().First(e =>
            e.GetProperty("kind").GetString() == "Sale" && e.GetProperty("orderNumber").GetString() == card.GetProperty("number").GetString());
        var balanceBefore = ledger.GetProperty("balance").GetProperty("balance").Amount();

        var reversal = await (await admin.PostAsJsonAsync(
            $"/api/v1/admin/ledger/entries/{sale.GetProperty("entryId").GetGuid()}/reverse", new { reason = "Ghi nhầm" })).JsonAsync();
        Assert.Equal(-sale.GetProperty("amount").Amount(), reversal.GetProperty("amount").Amount());
        Assert.Equal(
            HttpStatusCode.Conflict,
            (await admin.PostAsJsonAsync(
                $"/api/v1/admin/ledger/entries/{sale.GetProperty("entryId").GetGuid()}/reverse", new { reason = "Lần nữa" })).StatusCode);
        var after = await admin.LedgerAsync(cooperativeId);
        Assert.Equal(balanceBefore - sale.GetProperty("amount").Amount(), after.GetProperty("balance").GetProperty("balance").Amount());
        Assert.Contains(after.GetProperty("entries").EnumerateArray(), e =>
            e.GetProperty("entryId").GetGuid() == sale.GetProperty("entryId").GetGuid()
                && e.GetProperty("amount").Amount() == sale.GetProperty("amount").Amount());
    }

    [Fact]
    public async Task ALedgerEntry_ReadsInTheReadersLanguage_WhateverThreadBookedIt()
    {
        var longan = await factory.Listing().Priced(150_000).BuildAsync();
        var (_, card) = await PaidByCardAsync((longan, 1)); // booked by the webhook, in no reader's language
        var cooperativeId = card.GetProperty("parts")[0].GetProperty("vendorId").GetGuid();
        string Describe(System.Text.Json.JsonElement ledger, string kind) => ledger.GetProperty("entries").EnumerateArray()
            .First(e => e.GetProperty("kind").GetString() == kind && e.GetProperty("orderNumber").GetString() == card.GetProperty("number").GetString())
            .GetProperty("description").GetString()!;

        var vietnamese = await (await factory.AdminAsync()).LedgerAsync(cooperativeId);
        var english = await (await factory.AdminAsync()).InEnglish().LedgerAsync(cooperativeId);

        Assert.Equal("Bán hàng (đã thanh toán trước)", Describe(vietnamese, "Sale"));
        Assert.Equal("Sale (paid in advance)", Describe(english, "Sale"));
        Assert.Matches(@"^Hoa hồng [0-9]+(,[0-9]+)? % trên tiền hàng$", Describe(vietnamese, "Commission")); // another test may set the rate
        Assert.Matches(@"^Commission [0-9]+(\.[0-9]+)? % of the goods$", Describe(english, "Commission"));
    }
}
