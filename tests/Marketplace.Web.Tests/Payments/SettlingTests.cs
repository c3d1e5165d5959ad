using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// Money only when it is earned, and cash-on-delivery debts settled: a prepaid part's money is
/// pending until it is delivered and its holding period has passed (then a payout takes it); a
/// cooperative paid only in cash owes the commission, is asked for it by VietQR transfer,
/// reminded, paused past its date, and open again once the statement shows its transfer. The
/// payments watcher does the rounds, on a clock the test moves.
/// </summary>
public sealed class SettlingTests(MarketplaceWithClockAndWatcherFactory factory) : IClassFixture<MarketplaceWithClockAndWatcherFactory>
{
    private static readonly object DefaultRules = new { holdDays = 0, debtLimitVnd = 2_000_000, settlementDay = 1, graceDays = 10 };

    private static long Commission(long goods) => ((goods * 500) + 5_000) / 10_000;

    private static async Task<JsonElement> BalanceAsync(HttpClient admin, Guid cooperativeId) =>
        (await admin.LedgerAsync(cooperativeId)).GetProperty("balance");

    /// <summary>How many mails to <paramref name="address"/> name <paramref name="text"/> in their body.</summary>
    private int MailsNaming(string address, string text) =>
        Directory.Exists(factory.MailFolder)
            ? Directory.GetFiles(factory.MailFolder, "*.eml")
                .Select(f => MimeKit.MimeMessage.Load(f))
                .Count(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))
                    && (m.TextBody ?? string.Empty).Contains(text, StringComparison.Ordinal))
            : 0;

    [Fact]
    public async Task PrepaidMoney_IsPayableOnlyOnceDelivered_AndAfterTheHoldingDaysTheAdminSet()
    {
        var admin = await factory.AdminAsync();
        var nonsense = new { holdDays = 99, debtLimitVnd = -1, settlementDay = 31, graceDays = 0 };
        using (var invalid = await admin.PutAsJsonAsync("/api/v1/admin/money-rules", nonsense))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Equal(4, (await invalid.JsonAsync()).GetProperty("errors").EnumerateObject().Count());
        }

        (await admin.PutAsJsonAsync("/api/v1/admin/money-rules", new { holdDays = 2, debtLimitVnd = 2_000_000, settlementDay = 1, graceDays = 10 }))
            .EnsureSuccessStatusCode();
        try
        {
            var tea = await factory.Listing().Priced(200_000).BuildAsync();
            var cooperative = tea.Cooperative;
            (await cooperative.Owner.PutAsJsonAsync(
                $"/api/v1/cooperatives/{cooperative.Id}/payout-account",
                new { bankName = "Agribank", accountNumber = "1500205104729", accountHolder = "HTX CHE THU NGHIEM", country = "VN" }))
                .EnsureSuccessStatusCode();
            var (shopper, order) = await factory.OrderAsync("BankTransfer", (tea, 2));
            var part = order.Part(cooperative.Name);
            var earned = part.GetProperty("total").Amount() - Commission(part.GetProperty("subtotal").Amount());
            (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = order.GetProperty("total").Amount() }))
                .EnsureSuccessStatusCode();
            await shopper.WaitForPaymentStateAsync(order.Id(), "Paid");

            // Paid, not delivered: the money is the shopper's until the part arrives, and no payout takes it.
            var paid = await BalanceAsync(admin, cooperative.Id);
            Assert.Equal(earned, paid.GetProperty("pending").Amount());
            Assert.Equal(0, paid.GetProperty("available").Amount());
            using (var batch = await admin.PostAsync("/api/v1/admin/payouts", null))
            {
                Assert.True(
                    batch.StatusCode == HttpStatusCode.Conflict
                        || !(await batch.JsonAsync()).GetProperty("lines").EnumerateArray().Any(l => l.GetProperty("vendorId").GetGuid() == cooperative.Id),
                    "a payout paid money not yet earned");
            }

            // Delivered: payable two days later, as the rule in force said.
            await cooperative.DeliverAsync(order);
            JsonElement upcoming = default;
            await People.EventuallyAsync(
                async () =>
                {
                    var list = (await admin.LedgerAsync(cooperative.Id)).GetProperty("upcoming");
                    upcoming = list.GetArrayLength() == 1 ? list[0] : default;
                    return list.GetArrayLength() == 1;
                },
                "the delivered part to wait out its holding period");
            Assert.Equal(earned, upcoming.GetProperty("amount").Amount());
            Assert.Equal(
                TimeSpan.FromDays(2),
                upcoming.GetProperty("payableFrom").GetDateTimeOffset() - upcoming.GetProperty("deliveredAt").GetDateTimeOffset());
            Assert.Equal(0, (await BalanceAsync(admin, cooperative.Id)).GetProperty("available").Amount());

            factory.Clock.Shift += TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1);
            admin = await factory.AdminAsync(); // the earlier token has expired in the meantime
            await People.EventuallyAsync(
                async () => (await BalanceAsync(admin, cooperative.Id)).GetProperty("available").Amount() == earned,
                "the watcher to release the part's money");
            var released = await admin.LedgerAsync(cooperative.Id);
            Assert.Equal(0, released.GetProperty("balance").GetProperty("pending").Amount());
            Assert.Equal(0, released.GetProperty("upcoming").GetArrayLength());
            Assert.Equal(
                [-earned, earned],
                released.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Release")
                    .Select(e => e.GetProperty("amount").Amount()).Order());

            using var created = await admin.PostAsync("/api/v1/admin/payouts", null);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var line = (await created.JsonAsync()).GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("vendorId").GetGuid() == cooperative.Id);
            Assert.Equal(earned, line.GetProperty("amount").Amount());
        }
        finally
        {
            (await (await factory.AdminAsync()).PutAsJsonAsync("/api/v1/admin/money-rules", DefaultRules)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task APaidPartCancelledBeforeDelivery_LeavesNothingToPayOut_OnceRefunded()
    {
        var admin = await factory.AdminAsync();
        var longan = await factory.Listing().Priced(150_000).BuildAsync();
        var cooperative = longan.Cooperative;
        var (_, order) = await factory.OrderAsync("BankTransfer", (longan, 1));
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = order.GetProperty("total").Amount() }))
            .EnsureSuccessStatusCode();
        var partId = order.Part(cooperative.Name).GetProperty("partId").GetGuid();
        await People.EventuallyAsync(
            async () => (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/Confirm", new { })).IsSuccessStatusCode,
            "the payment to reach the cooperative's order");
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/Cancel", new { reason = "Mưa đá làm hỏng cả lô nhãn." }))
            .EnsureSuccessStatusCode();

        // Refunded in full; asked again while the cancellation is still being booked, a refund answers 409 "try again".
        await People.EventuallyAsync(
            async () => (await admin.PostAsJsonAsync(
                $"/api/v1/admin/order-parts/{partId}/refunds", new { amountVnd = order.GetProperty("total").Amount(), reason = "Hủy trước khi giao" }))
                .StatusCode == HttpStatusCode.Created,
            "the refund to go through");

        var balance = await BalanceAsync(admin, cooperative.Id);
        Assert.Equal(0, balance.GetProperty("pending").Amount());
        Assert.Equal(0, balance.GetProperty("available").Amount());
        Assert.Equal(0, balance.GetProperty("balance").Amount());
    }

    [Fact]
    public async Task ACashOnlyCooperativesMonth_IsAskedFor_PausedPastItsDate_AndOpenAgainOncePaidByTransfer()
    {
        var admin = await factory.AdminAsync();
        (await admin.PutAsJsonAsync("/api/v1/admin/money-rules", new { holdDays = 0, debtLimitVnd = 20_000, settlementDay = 1, graceDays = 5 }))
            .EnsureSuccessStatusCode();
        try
        {
            var honey = await factory.Listing().Priced(300_000).WithStock(50).BuildAsync();
            var cooperative = honey.Cooperative;
            var (_, first) = await factory.OrderAsync("CashOnDelivery", (honey, 1));
            var (_, second) = await factory.OrderAsync("CashOnDelivery", (honey, 2));
            await cooperative.DeliverAsync(first);

            // The second buyer paid 100.000 ₫ less at the door: allowed with its reason only, and never more than was due.
            var due = second.Part(cooperative.Name).GetProperty("total").Amount();
            var partId = second.Part(cooperative.Name).GetProperty("partId").GetGuid();
            var steps = new (string, object)[] { ("Confirm", new { }), ("Pack", new { }), ("Ship", new { carrier = "GHTK", trackingNumber = "S1.A2" }) };
            foreach (var (action, body) in steps)
            {
                (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/{action}", body)).EnsureSuccessStatusCode();
            }

            foreach (var wrong in new object[] { new { cashCollectedVnd = due - 100_000 }, new { cashCollectedVnd = due + 1, reason = "x" } })
            {
                using var refused = await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/Deliver", wrong);
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            }

            (await cooperative.Owner.PostAsJsonAsync(
                $"/api/v1/cooperatives/order-parts/{partId}/Deliver",
                new { cashCollectedVnd = due - 100_000, reason = string.Concat(Enumerable.Repeat("Khách trả lại 1 hũ bị nứt. ", 35)) }))
                .EnsureSuccessStatusCode(); // a long reason (945 characters) still books the sale

            // What it owes, computed here from its orders: 5 % of the goods each buyer paid for.
            var owed = Commission(first.Part(cooperative.Name).GetProperty("subtotal").Amount())
                + Commission(second.Part(cooperative.Name).GetProperty("subtotal").Amount() - 100_000);
            var owner = await factory.BearerClientAsync(cooperative.OwnerEmail, People.Password);
            JsonElement open = default;
            await People.EventuallyAsync(
                async () =>
                {
                    var debt = await (await owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/debt")).JsonAsync();
                    open = debt.GetProperty("open");
                    return open.ValueKind == JsonValueKind.Object;
                },
                "the watcher to ask for the debt over the limit");
            Assert.Equal(owed, open.GetProperty("owed").Amount());
            Assert.Equal(-owed, (await BalanceAsync(admin, cooperative.Id)).GetProperty("available").Amount());
            var reference = open.GetProperty("reference").GetString()!;
            Assert.Matches("^CONGNO[0-9]{6}[0-9A-HJKMNP-TV-Z]{4}$", reference);
            var payload = open.GetProperty("vietQrPayload").GetString()!;
            Assert.Contains($"54{owed.ToString(CultureInfo.InvariantCulture).Length:00}{owed}", payload, StringComparison.Ordinal);
            Assert.Contains(reference, payload, StringComparison.Ordinal);
            using (var qr = await owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/debt/vietqr.png"))
            {
                Assert.Equal("image/png", qr.Content.Headers.ContentType?.MediaType);
            }

            await People.EventuallyAsync(
                () => Task.FromResult(MailsNaming(cooperative.OwnerEmail, reference) >= 1),
                "the owner to be mailed the request");

            // Three days on, a reminder; past the last day it was given, its products leave the catalog and checkout.
            factory.Clock.Shift += TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1);
            await People.EventuallyAsync(
                () => Task.FromResult(MailsNaming(cooperative.OwnerEmail, reference) >= 2),
                "a reminder");
            factory.Clock.Shift += TimeSpan.FromDays(3); // past the end of the fifth Vietnamese day, whatever the hour now
            admin = await factory.AdminAsync();
            owner = await factory.BearerClientAsync(cooperative.OwnerEmail, People.Password);
            var (shopper, _) = await factory.NewPersonAsync("khach");
            await People.EventuallyAsync(
                async () => (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = honey.VariantId, quantity = 1 })).StatusCode
                    == HttpStatusCode.NotFound,
                "the overdue cooperative's sales to pause");
            Assert.True((await (await owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/debt")).JsonAsync()).GetProperty("open")
                .GetProperty("salesPaused").GetBoolean());

            // It pays in two transfers; the statement matches each by its reference, once however often it is imported.
            var half = owed / 2;
            var firstStatement = Statement(("05/12/2026", half, $"{reference} HTX nop cong no dot 1"));
            var secondStatement = Statement(("06/12/2026", owed - half, $"CK {reference.ToLowerInvariant()} dot 2"));
            var imported = await ImportAsync(admin, firstStatement);
            Assert.Equal(1, imported.GetProperty("matched").GetInt32());
            Assert.True((await (await owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/debt")).JsonAsync()).GetProperty("open")
                .GetProperty("salesPaused").GetBoolean()); // half paid is not paid
            Assert.Equal(1, (await ImportAsync(admin, secondStatement)).GetProperty("matched").GetInt32());
            var again = await ImportAsync(admin, secondStatement);
            Assert.Equal(0, again.GetProperty("matched").GetInt32());
            var extra = await ImportAsync(admin, Statement(("07/12/2026", 1_000, $"{reference} lan 3")));
            Assert.Equal(0, extra.GetProperty("matched").GetInt32()); // a settled request takes no more

            var settled = await (await owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/debt")).JsonAsync();
            Assert.Equal(JsonValueKind.Null, settled.GetProperty("open").ValueKind);
            Assert.Equal("Settled", settled.GetProperty("history")[0].GetProperty("status").GetString());
            var balance = await BalanceAsync(admin, cooperative.Id);
            Assert.Equal(0, balance.GetProperty("available").Amount());
            Assert.Equal(owed, balance.GetProperty("payIns").Amount());
            await People.EventuallyAsync(
                async () => (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = honey.VariantId, quantity = 1 })).IsSuccessStatusCode,
                "its sales to resume once paid");
            var payInId = settled.GetProperty("history")[0].GetProperty("payInId").GetGuid();
            var audit = await (await admin.GetAsync($"/api/v1/admin/audit?action=PayInRecorded&subjectId={payInId}")).JsonAsync();
            Assert.Equal(2, audit.GetArrayLength());
        }
        finally
        {
            (await (await factory.AdminAsync()).PutAsJsonAsync("/api/v1/admin/money-rules", DefaultRules)).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task TheDeliveryStep_OnTheOrdersPage_RecordsLessCashWithItsReason_AndNotWithout()
    {
        var rice = await factory.Listing().SoldPer("kg", null).Priced(60_000).BuildAsync();
        var cooperative = rice.Cooperative;
        var (_, order) = await factory.OrderAsync("CashOnDelivery", (rice, 5));
        var part = order.Part(cooperative.Name);
        var partId = part.GetProperty("partId").GetGuid();
        var due = part.GetProperty("total").Amount();
        var steps = new (string, object)[] { ("Confirm", new { }), ("Pack", new { }), ("Ship", new { carrier = "VTP", trackingNumber = "VTP1" }) };
        foreach (var (action, body) in steps)
        {
            (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{partId}/{action}", body)).EnsureSuccessStatusCode();
        }

        var pages = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var form = $"#part-{partId} form[action*='action=Deliver']";
        var list = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/orders?status=Shipped");
        Assert.Equal(due.ToString(CultureInfo.InvariantCulture), list.Document.QuerySelector($"{form} input[name=cashCollectedVnd]")?.GetAttribute("value"));

        using (var refused = await pages.SubmitAsync(list, form, new Dictionary<string, string> { ["cashCollectedVnd"] = $"{due - 60_000}", ["reason"] = "" }))
        {
            var again = await Html.ParseAsync(refused);
            Assert.Contains("Thu thiếu tiền: hãy ghi lý do.", again.Text(".errors"), StringComparison.Ordinal);
        }

        list = await pages.GetPageAsync($"/cooperatives/{cooperative.Id}/orders?status=Shipped");
        using (var done = await pages.SubmitAsync(list, form, new Dictionary<string, string>
        {
            ["cashCollectedVnd"] = $"{due - 60_000}",
            ["reason"] = "Khách chỉ nhận 4 kg",
        }))
        {
            var after = await Html.ParseAsync(done); // redirected back to the list, the part delivered
            Assert.Equal(string.Empty, after.Text(".errors").Trim());
            Assert.Null(after.Document.QuerySelector($"#part-{partId}"));
        }

        var admin = await factory.AdminAsync();
        JsonElement sale = default;
        await People.EventuallyAsync(
            async () =>
            {
                sale = (await admin.LedgerAsync(cooperative.Id)).GetProperty("entries").EnumerateArray()
                    .FirstOrDefault(e => e.GetProperty("kind").GetString() == "Sale");
                return sale.ValueKind == JsonValueKind.Object;
            },
            "the delivery to be booked");
        Assert.Equal(due - 60_000, sale.GetProperty("amount").Amount());
        Assert.Contains("Khách chỉ nhận 4 kg", sale.GetProperty("description").GetString(), StringComparison.Ordinal);
        var commission = (await admin.LedgerAsync(cooperative.Id)).GetProperty("entries").EnumerateArray()
            .Single(e => e.GetProperty("kind").GetString() == "Commission");
        Assert.Equal(-Commission(part.GetProperty("subtotal").Amount() - 60_000), commission.GetProperty("amount").Amount());
    }

    private static byte[] Statement(params (string Date, long Amount, string Memo)[] lines) =>
        Encoding.UTF8.GetBytes("Ngày giao dịch,Số tiền,Nội dung\n"
            + string.Concat(lines.Select(l => $"{l.Date},{l.Amount.ToString(CultureInfo.InvariantCulture)},{l.Memo}\n")));

    private static async Task<JsonElement> ImportAsync(HttpClient admin, byte[] statement)
    {
        using var form = new MultipartFormDataContent();
        using var file = new ByteArrayContent(statement);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "saoke.csv");
        using var response = await admin.PostAsync("/api/v1/admin/bank-statements", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }
}
