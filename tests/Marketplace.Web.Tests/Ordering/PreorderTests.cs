using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// Harvest pre-orders through the API: a window holds never more than its capacity however many
/// buyers reserve at once, and its harvest is shared out by its rule, the waiting list after,
/// with the deposits owed back and the buyers mailed; figures are computed here from the terms.
/// Runs on SQLite and, in the PostgreSQL pass, on PostgreSQL.
/// </summary>
public sealed class PreorderTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private const long PricePerKg = 45_000;
    private const int DepositPercent = 30;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    /// <summary>A window of the listing's variant at <see cref="PricePerKg"/> with a <see cref="DepositPercent"/> deposit, open today unless told.</summary>
    internal static async Task<(Guid WindowId, JsonElement Window)> OpenAsync(TestListing listing, int capacity, string rule, int opensInDays = 0)
    {
        using var response = await listing.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders", new
        {
            variantId = listing.VariantId,
            lotCode = "NL-" + Guid.NewGuid().ToString("N")[..8],
            opensOn = Today.AddDays(opensInDays).ToString("yyyy-MM-dd"),
            closesOn = Today.AddDays(20).ToString("yyyy-MM-dd"),
            harvestOn = Today.AddDays(30).ToString("yyyy-MM-dd"),
            capacity,
            priceVnd = PricePerKg,
            depositPercent = DepositPercent,
            rule,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var window = await response.JsonAsync();
        return (window.GetProperty("windowId").GetGuid(), window);
    }

    private static Task<HttpResponseMessage> ReserveAsync(HttpClient buyer, Guid windowId, int quantity, bool waitlist = false) =>
        buyer.PostAsJsonAsync($"/api/v1/preorders/{windowId}/reservations", new { quantity, waitlist });

    internal static MultipartFormDataContent Statement(string csv)
    {
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", "saoke.csv" } };
    }

    internal static long Deposit(long units) => (long)Math.Round(units * PricePerKg * DepositPercent / 100m, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task TwoHundredBuyersAtOnce_ForTheLastTenKg_ReserveExactlyTenKg()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await OpenAsync(listing, 100, "FirstComeFirstServed");
        var (early, _) = await factory.NewPersonAsync("dat-som");
        using (var first = await ReserveAsync(early, windowId, 90))
        {
            Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        }

        // Twenty buyers, ten reservations of 1 kg each, all sent at once.
        var buyers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.NewPersonAsync("dat-cuoi")));
        var responses = await Task.WhenAll(buyers.SelectMany(b => Enumerable.Range(0, 10).Select(_ => ReserveAsync(b.Client, windowId, 1))));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("preorder.capacity", (await refused.JsonAsync()).GetProperty("code").GetString());
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.Equal(190, statuses.Count(s => s == HttpStatusCode.Conflict));
        var details = await (await listing.Cooperative.Owner.GetAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}")).JsonAsync();
        Assert.Equal(100, details.GetProperty("window").GetProperty("reserved").GetInt32());
        Assert.Equal(0, details.GetProperty("window").GetProperty("left").GetInt32());
        Assert.Equal(100, details.GetProperty("reservations").EnumerateArray().Sum(r => r.GetProperty("quantity").GetInt32()));
        Assert.Equal(11, details.GetProperty("reservations").GetArrayLength());
        foreach (var response in responses)
        {
            response.Dispose();
        }

        // A withdrawn reservation gives its units back, and they can be reserved again, once.
        var mine = await (await buyers[0].Client.GetAsync("/api/v1/reservations")).JsonAsync();
        if (mine.GetArrayLength() == 0)
        {
            mine = await (await early.GetAsync("/api/v1/reservations")).JsonAsync();
        }

        var withdrawn = mine[0];
        var owner = mine.GetArrayLength() > 0 && withdrawn.GetProperty("quantity").GetInt32() == 90 ? early : buyers[0].Client;
        using (var cancel = await owner.PostAsync($"/api/v1/reservations/{withdrawn.GetProperty("reservationId").GetGuid()}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        }

        var freed = withdrawn.GetProperty("quantity").GetInt32();
        using (var again = await ReserveAsync(buyers[1].Client, windowId, freed))
        {
            Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        }

        using var over = await ReserveAsync(buyers[1].Client, windowId, 1);
        Assert.Equal(HttpStatusCode.Conflict, over.StatusCode);
    }

    public static TheoryData<string> Rules => new() { "FirstComeFirstServed", "ProRata" };

    [Theory]
    [MemberData(nameof(Rules))]
    public async Task AThousandKgWindow_FourteenHundredAsked_AndEightHundredHarvested_IsSharedByItsRule(string rule)
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await OpenAsync(listing, 1000, rule);
        int[] held = [300, 250, 200, 150, 100];
        int[] waiting = [250, 150];
        var buyers = new List<(HttpClient Client, string Email, int Quantity, bool Waitlisted)>();
        foreach (var quantity in held)
        {
            var (client, email) = await factory.NewPersonAsync("vai");
            using var made = await ReserveAsync(client, windowId, quantity);
            Assert.Equal(HttpStatusCode.Created, made.StatusCode);
            Assert.Equal(Deposit(quantity), (await made.JsonAsync()).GetProperty("deposit").GetProperty("amount").GetInt64());
            buyers.Add((client, email, quantity, false));
        }

        foreach (var quantity in waiting)
        {
            var (client, email) = await factory.NewPersonAsync("cho");
            using (var full = await ReserveAsync(client, windowId, quantity))
            {
                Assert.Equal(HttpStatusCode.Conflict, full.StatusCode);
            }

            using var listed = await ReserveAsync(client, windowId, quantity, waitlist: true);
            Assert.Equal(HttpStatusCode.Created, listed.StatusCode);
            var reservation = await listed.JsonAsync();
            Assert.Equal("Waitlisted", reservation.GetProperty("status").GetString());
            Assert.Equal(0, reservation.GetProperty("deposit").GetProperty("amount").GetInt64());
            buyers.Add((client, email, quantity, true));
        }

        Assert.Equal(1400, buyers.Sum(b => b.Quantity));

        // The deposits come in by transfer, found in the bank statement by each reservation's
        // reference: the second buyer pays in two transfers, the last held one pays nothing yet,
        // a transfer of more than is owed is refused, and the same statement twice counts once.
        var mine0 = await Task.WhenAll(buyers.Select(async b => (await (await b.Client.GetAsync("/api/v1/reservations")).JsonAsync())[0]));
        var paid = buyers.Select((b, i) => b.Waitlisted || i == 4 ? 0L : Deposit(b.Quantity)).ToArray();
        var lines = new List<string> { "Ngày giao dịch,Số tiền ghi có,Nội dung" };
        for (var i = 0; i < 4; i++)
        {
            var reference = mine0[i].GetProperty("reference").GetString()!;
            if (i == 1)
            {
                lines.Add($"05/12/2026,{paid[i] / 3},{reference} coc lan 1");
                lines.Add($"06/12/2026,{paid[i] - (paid[i] / 3)},CK {reference.ToLowerInvariant()} coc lan 2");
            }
            else
            {
                // A phone number before the reference runs into it once spaces go: "SDT0912345678DT26…" holds a false "DT091234…".
                var words = i == 2 ? $"Nguyen Van A SDT 0912345678 {reference}" : $"{reference} dat coc nhan";
                lines.Add($"05/12/2026,\"{paid[i].ToString("#,0", System.Globalization.CultureInfo.InvariantCulture)}\",{words}");
            }
        }

        lines.Add($"05/12/2026,{Deposit(100) + 1},{mine0[4].GetProperty("reference").GetString()} coc"); // one đồng too many
        var admin = await factory.AdminAsync();
        var csv = string.Join("\r\n", lines);
        var imported = await (await admin.PostAsync("/api/v1/admin/bank-statements", Statement(csv))).JsonAsync();
        Assert.Equal(5, imported.GetProperty("matched").GetInt32());
        Assert.False(imported.GetProperty("outcomes")[5].GetProperty("matched").GetBoolean());
        var again = await (await admin.PostAsync("/api/v1/admin/bank-statements", Statement(csv))).JsonAsync();
        Assert.Equal(0, again.GetProperty("matched").GetInt32());
        for (var i = 0; i < buyers.Count; i++)
        {
            var now = (await (await buyers[i].Client.GetAsync("/api/v1/reservations")).JsonAsync())[0];
            Assert.Equal(paid[i], now.GetProperty("depositPaid").GetProperty("amount").GetInt64());
            Assert.Equal(buyers[i].Waitlisted ? 0 : Deposit(buyers[i].Quantity) - paid[i], now.GetProperty("depositOwed").GetProperty("amount").GetInt64());
        }

        const int Harvested = 800;
        using var harvest = await listing.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/harvest", new { harvested = Harvested });
        Assert.True(harvest.StatusCode == HttpStatusCode.OK, await harvest.Content.ReadAsStringAsync());
        var settled = await harvest.JsonAsync();
        Assert.Equal("harvested", settled.GetProperty("window").GetProperty("phase").GetString());

        // What each should get, worked out here: in turn until the harvest runs out, or the same
        // share of each held reservation (800 of 1,000 held divides exactly); the list gets nothing.
        var expected = new List<int>();
        var left = Harvested;
        foreach (var b in buyers)
        {
            var units = b.Waitlisted ? 0 : rule == "ProRata" ? b.Quantity * Harvested / held.Sum() : Math.Min(b.Quantity, left);
            left -= units;
            expected.Add(units);
        }

        Assert.Equal(Harvested, expected.Sum());
        var reservations = settled.GetProperty("reservations").EnumerateArray().ToList();
        Assert.Equal(buyers.Count, reservations.Count);
        for (var i = 0; i < buyers.Count; i++)
        {
            var r = reservations[i];
            var (client, email, quantity, waitlisted) = buyers[i];
            Assert.Equal(quantity, r.GetProperty("quantity").GetInt32());
            Assert.Equal(expected[i], r.GetProperty("allocated").GetInt32());
            var status = expected[i] == quantity ? "Confirmed" : expected[i] > 0 ? "PartlyConfirmed" : "Cut";
            Assert.Equal(status, r.GetProperty("status").GetString());
            var keep = Math.Min(paid[i], Deposit(expected[i])); // what the harvest keeps of what was paid
            var back = paid[i] - keep;
            Assert.Equal(back, r.GetProperty("depositBack").GetProperty("amount").GetInt64());
            Assert.Equal(Deposit(expected[i]) - keep, r.GetProperty("depositOwed").GetProperty("amount").GetInt64());
            Assert.Equal((expected[i] * PricePerKg) - keep, r.GetProperty("balance").GetProperty("amount").GetInt64());

            var subject = status switch { "Confirmed" => "đủ phần", "PartlyConfirmed" => "một phần", _ => "không còn phần" };
            await People.EventuallyAsync(() => Task.FromResult(factory.MailsTo(email, subject).Length > 0), $"the mail to {email}");
            var mail = Assert.Single(factory.MailsTo(email, subject));
            Assert.Contains(r.GetProperty("number").GetString()!, mail, StringComparison.Ordinal);
            if (back > 0)
            {
                Assert.Contains("hoàn lại", mail, StringComparison.Ordinal);
            }

            // The buyer reads the same on their own list.
            var mine = await (await client.GetAsync("/api/v1/reservations")).JsonAsync();
            Assert.Equal(expected[i], Assert.Single(mine.EnumerateArray()).GetProperty("allocated").GetInt32());
        }

        // To the đồng: what came in is what the harvest keeps plus what goes back.
        var owedBack = reservations.Sum(r => r.GetProperty("depositBack").GetProperty("amount").GetInt64());
        var kept = reservations.Select((r, i) => Math.Min(paid[i], Deposit(r.GetProperty("allocated").GetInt32()))).Sum();
        Assert.Equal(paid.Sum(), kept + owedBack);
        Assert.True(owedBack > 0);

        // A transfer made before the harvest but imported after it still counts: what it brought
        // beyond the deposit due now is owed back.
        var lateImport = await (await admin.PostAsync("/api/v1/admin/bank-statements", Statement(
            $"Ngày giao dịch,Số tiền ghi có,Nội dung\r\n06/12/2026,{Deposit(100)},{mine0[4].GetProperty("reference").GetString()}"))).JsonAsync();
        Assert.Equal(1, lateImport.GetProperty("matched").GetInt32());
        var fifth = (await (await buyers[4].Client.GetAsync("/api/v1/reservations")).JsonAsync())[0];
        Assert.Equal(Deposit(100), fifth.GetProperty("depositPaid").GetProperty("amount").GetInt64());
        Assert.Equal(Deposit(100) - Deposit(expected[4]), fifth.GetProperty("depositBack").GetProperty("amount").GetInt64());
        Assert.Equal((expected[4] * PricePerKg) - Deposit(expected[4]), fifth.GetProperty("balance").GetProperty("amount").GetInt64());

        // Recorded once: a second harvest, a cancellation or a late reservation is refused.
        using var twice = await listing.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/harvest", new { harvested = 900 });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        using var late = await ReserveAsync(buyers[0].Client, windowId, 1);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);

        paid[4] = Deposit(100);
        await PayTheBalancesAsync(listing, admin, [.. buyers.Select(b => b.Client)], paid, [.. expected]);
    }

    /// <summary>
    /// The money after the harvest, to the đồng. The ledger holds, pending, what came in of the
    /// deposits less what is owed back; each buyer the harvest gave something orders it, the
    /// deposit counted toward the order and the rest paid by transfer (the second buyer pays it
    /// at the door), the cooperative delivers, and the deposits held all become sales.
    /// </summary>
    private static async Task PayTheBalancesAsync(TestListing listing, HttpClient admin, HttpClient[] buyers, long[] paid, int[] given)
    {
        var cooperativeId = listing.Cooperative.Id;
        var keeps = paid.Select((p, i) => Math.Min(p, Deposit(given[i]))).ToArray();
        async Task<List<long>> DepositsAsync() => [.. (await admin.LedgerAsync(cooperativeId)).GetProperty("entries").EnumerateArray()
            .Where(e => e.GetProperty("kind").GetString() == "Deposit").Select(e => e.GetProperty("amount").Amount())];

        // The late transfer adds as much in as it owes back: wait for all that came in, not only for the sum held.
        await People.EventuallyAsync(async () => (await DepositsAsync()).Where(a => a > 0).Sum() == paid.Sum(), "every deposit to reach the ledger");
        await People.EventuallyAsync(
            async () => (await admin.LedgerAsync(cooperativeId)).GetProperty("balance").GetProperty("deposits").Amount() == keeps.Sum(),
            "what is owed back to reach the ledger");
        Assert.Equal(paid.Sum() - keeps.Sum(), -(await DepositsAsync()).Where(a => a < 0).Sum());

        var address = new Dictionary<string, object>
        {
            ["recipient"] = "Lê Văn Nhãn",
            ["phone"] = "0912345678",
            ["province"] = "Hưng Yên",
            ["commune"] = "xã Hồng Nam",
            ["street"] = "12 đường Nhãn",
        };
        var statement = new List<string> { "Ngày giao dịch,Số tiền ghi có,Nội dung" };
        var orders = new List<JsonElement>();
        long totals = 0, transfers = 0, cash = 0;
        for (var i = 0; i < buyers.Length; i++)
        {
            var reservationId = (await (await buyers[i].GetAsync("/api/v1/reservations")).JsonAsync())[0].GetProperty("reservationId").GetGuid();
            var method = i == 1 ? "CashOnDelivery" : "BankTransfer";
            using var made = await buyers[i].PostAsJsonAsync($"/api/v1/reservations/{reservationId}/order", new Dictionary<string, object>(address)
            {
                ["paymentMethod"] = method,
            });
            if (given[i] == 0)
            {
                Assert.Equal(HttpStatusCode.Conflict, made.StatusCode); // cut whole: nothing to order
                continue;
            }

            Assert.True(made.StatusCode == HttpStatusCode.Created, await made.Content.ReadAsStringAsync());
            var order = await made.JsonAsync();
            using (var again = await buyers[i].PostAsJsonAsync($"/api/v1/reservations/{reservationId}/order", new Dictionary<string, object>(address)
            {
                ["paymentMethod"] = "Card",
            }))
            {
                Assert.Equal(order.Id(), (await again.JsonAsync()).Id()); // asked again: the same order
            }

            var part = Assert.Single(order.GetProperty("parts").EnumerateArray());
            Assert.Equal(given[i] * PricePerKg, part.GetProperty("subtotal").Amount());
            Assert.Equal(keeps[i], part.GetProperty("deposit").Amount());
            var total = part.GetProperty("total").Amount();
            var due = total - keeps[i];
            totals += total;
            if (method == "CashOnDelivery")
            {
                Assert.Equal(due, part.GetProperty("cashDue").Amount());
                cash += due;
            }
            else
            {
                var payment = await (await buyers[i].GetAsync($"/api/v1/orders/{order.Id()}/payment")).JsonAsync();
                Assert.Equal(due, payment.GetProperty("amount").Amount());
                statement.Add($"08/12/2026,{due},{order.GetProperty("number").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal)} tra nhan");
                transfers += due;
            }

            orders.Add(order);
        }

        var imported = await (await admin.PostAsync("/api/v1/admin/bank-statements", Statement(string.Join("\r\n", statement)))).JsonAsync();
        Assert.Equal(statement.Count - 1, imported.GetProperty("matched").GetInt32());
        foreach (var order in orders)
        {
            await listing.Cooperative.DeliverAsync(order);
        }

        // What the alliance was paid (the deposits kept, the balances) and the cash at the door make the orders' totals.
        Assert.Equal(totals, keeps.Sum() + transfers + cash);
        await People.EventuallyAsync(
            async () => (await admin.LedgerAsync(cooperativeId)).GetProperty("balance") is var b
                && b.GetProperty("deposits").Amount() == 0 && b.GetProperty("sales").Amount() == totals,
            "the deposits to become sales");
        var balance = (await admin.LedgerAsync(cooperativeId)).GetProperty("balance");
        Assert.Equal(cash, balance.GetProperty("cashCollected").Amount());
        var commission = balance.GetProperty("commission").Amount();
        Assert.True(commission > 0);
        Assert.Equal(totals - commission - cash, balance.GetProperty("balance").Amount());

        // A bank refund of a reservation's order may give back its whole total, the deposit the alliance received included.
        var prepaid = orders[0].GetProperty("parts")[0];
        var refunds = $"/api/v1/admin/order-parts/{prepaid.GetProperty("partId").GetGuid()}/refunds";
        var partTotal = prepaid.GetProperty("total").Amount();
        Assert.True(prepaid.GetProperty("deposit").Amount() > 0);
        async Task<long> RefundableAsync() =>
            (await (await admin.GetAsync($"/api/v1/admin/payments?search={orders[0].GetProperty("number").GetString()}")).JsonAsync())[0]
                .GetProperty("parts")[0].GetProperty("refundable").Amount();
        Assert.Equal(partTotal, await RefundableAsync()); // what the admin's refund form offers
        using (var tooMuch = await admin.PostAsJsonAsync(refunds, new { amountVnd = partTotal + 1, reason = "Hàng dập" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
            Assert.Equal("refund.too_much", (await tooMuch.JsonAsync()).GetProperty("code").GetString());
        }

        (await admin.PostAsJsonAsync(refunds, new { amountVnd = partTotal, reason = "Hàng dập" })).EnsureSuccessStatusCode();
        Assert.Equal(0, await RefundableAsync());
    }

    [Fact]
    public async Task AHarvestLargerThanWhatWasHeld_ServesTheWaitingListInTurn()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await OpenAsync(listing, 100, "ProRata");
        var (a, _) = await factory.NewPersonAsync("vai");
        var (b, _) = await factory.NewPersonAsync("cho");
        var (c, _) = await factory.NewPersonAsync("cho");
        (await ReserveAsync(a, windowId, 100)).EnsureSuccessStatusCode();
        (await ReserveAsync(b, windowId, 30, waitlist: true)).EnsureSuccessStatusCode();
        (await ReserveAsync(c, windowId, 30, waitlist: true)).EnsureSuccessStatusCode();

        var settled = await (await listing.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/harvest", new { harvested = 150 })).JsonAsync();
        var allocated = settled.GetProperty("reservations").EnumerateArray().Select(r => r.GetProperty("allocated").GetInt32()).ToList();
        Assert.Equal([100, 30, 20], allocated);
        var servedLate = settled.GetProperty("reservations")[2];
        Assert.Equal("PartlyConfirmed", servedLate.GetProperty("status").GetString());
        Assert.Equal(Deposit(20), servedLate.GetProperty("deposit").GetProperty("amount").GetInt64());
    }

    /// <summary>Cancelled before it is paid by transfer, or paid at the door and the parcel came back unsold: either way nothing was paid for it.</summary>
    [Theory]
    [InlineData("cancelled")]
    [InlineData("returned")]
    public async Task AReservationsOrderNotPaidFor_EndsTheReservation_AndItsDepositIsOwedBack(string how)
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await OpenAsync(listing, 10, "FirstComeFirstServed");
        var (buyer, _) = await factory.NewPersonAsync("huy");
        using (var made = await ReserveAsync(buyer, windowId, 10))
        {
            Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        }

        var reservation = (await (await buyer.GetAsync("/api/v1/reservations")).JsonAsync())[0];
        var id = reservation.GetProperty("reservationId").GetGuid();
        var admin = await factory.AdminAsync();
        var statement = $"Ngày giao dịch,Số tiền ghi có,Nội dung\r\n05/12/2026,{Deposit(10)},{reservation.GetProperty("reference").GetString()}";
        Assert.Equal(1, (await (await admin.PostAsync("/api/v1/admin/bank-statements", Statement(statement))).JsonAsync()).GetProperty("matched").GetInt32());
        (await listing.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/harvest", new { harvested = 10 })).EnsureSuccessStatusCode();
        var address = new
        {
            recipient = "Phan Huy",
            phone = "0912345678",
            province = "Hưng Yên",
            commune = "xã Hồng Nam",
            street = "3 đường Nhãn",
            paymentMethod = how == "cancelled" ? "BankTransfer" : "CashOnDelivery",
        };
        using var ordered = await buyer.PostAsJsonAsync($"/api/v1/reservations/{id}/order", address);
        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);
        var order = await ordered.JsonAsync();

        // The buyer changes their mind before paying the rest (the part is cancelled), or refuses the parcel at the door; with it ends the reservation.
        var part = order.GetProperty("parts")[0].GetProperty("partId").GetGuid();
        if (how == "cancelled")
        {
            (await buyer.PostAsJsonAsync($"/api/v1/orders/{order.Id()}/parts/{part}/cancel", new { reason = "Đổi ý" })).EnsureSuccessStatusCode();
        }
        else
        {
            foreach (var (action, body) in new (string, object)[]
            {
                ("Confirm", new { }), ("Pack", new { }), ("Ship", new { carrier = "GHN", trackingNumber = "GHN5566" }),
                ("ReturnToSender", new { reason = "Người nhận từ chối nhận hàng" }), ("ReceiveReturn", new { returnFeeVnd = 15_000 }),
            })
            {
                using var moved = await listing.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{part}/{action}", body);
                Assert.True(moved.IsSuccessStatusCode, $"{action}: {await moved.Content.ReadAsStringAsync()}");
            }
        }

        await People.EventuallyAsync(
            async () => (await (await buyer.GetAsync("/api/v1/reservations")).JsonAsync())[0].GetProperty("status").GetString() == "Cancelled",
            "the reservation to end with its order");
        var ended = (await (await buyer.GetAsync("/api/v1/reservations")).JsonAsync())[0];
        Assert.Equal(Deposit(10), ended.GetProperty("depositBack").Amount());
        Assert.Equal(0, ended.GetProperty("balance").Amount());
        using (var again = await buyer.PostAsJsonAsync($"/api/v1/reservations/{id}/order", address))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        }

        // In the ledger, what came in is all owed back: nothing is held for the cooperative.
        await People.EventuallyAsync(
            async () => (await admin.LedgerAsync(listing.Cooperative.Id)).GetProperty("entries").EnumerateArray()
                .Count(e => e.GetProperty("kind").GetString() == "Deposit") == 2,
            "the deposit owed back to reach the ledger");
        Assert.Equal(0, (await admin.LedgerAsync(listing.Cooperative.Id)).GetProperty("balance").GetProperty("deposits").Amount());
    }

    [Fact]
    public async Task AWindowCalledOff_CancelsEveryReservation_AndMailsTheReason()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await OpenAsync(listing, 50, "FirstComeFirstServed");
        var (buyer, email) = await factory.NewPersonAsync("huy");
        (await ReserveAsync(buyer, windowId, 20)).EnsureSuccessStatusCode();

        using var empty = await listing.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/cancel", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        using var stranger = await (await factory.NewPersonAsync("la")).Client.PostAsJsonAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/cancel", new { reason = "Mưa đá" });
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);

        using var cancelled = await listing.Cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/cancel", new { reason = "Mưa đá làm hỏng vườn nhãn." });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        var reservation = Assert.Single((await cancelled.JsonAsync()).GetProperty("reservations").EnumerateArray());
        Assert.Equal("Cancelled", reservation.GetProperty("status").GetString());
        Assert.Equal(0, reservation.GetProperty("depositBack").GetProperty("amount").GetInt64()); // nothing was paid, nothing goes back
        Assert.Equal(0, reservation.GetProperty("depositOwed").GetProperty("amount").GetInt64());
        await People.EventuallyAsync(() => Task.FromResult(factory.MailsTo(email, "đã bị hủy").Length > 0), "the mail of the cancellation");
        var mail = Assert.Single(factory.MailsTo(email, "đã bị hủy"));
        Assert.Contains("Mưa đá làm hỏng vườn nhãn.", mail, StringComparison.Ordinal);
        Assert.DoesNotContain(
            (await (await factory.CreateClient().GetAsync($"/api/v1/preorders?productId={listing.ProductId}")).JsonAsync()).EnumerateArray(),
            w => w.GetProperty("windowId").GetGuid() == windowId);
    }

    [Fact]
    public async Task BadTerms_AreRefusedFieldByField_AndNothingIsOpened()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var other = await factory.Listing().BuildAsync();
        using var bad = await listing.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders", new
        {
            variantId = other.VariantId,
            lotCode = "NL 2027/07",
            opensOn = Today.AddDays(5).ToString("yyyy-MM-dd"),
            closesOn = Today.ToString("yyyy-MM-dd"),
            harvestOn = Today.AddDays(-1).ToString("yyyy-MM-dd"),
            capacity = 0,
            priceVnd = -1,
            depositPercent = 101,
            rule = "Lottery",
        });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        foreach (var field in new[] { "LotCode", "ClosesOn", "HarvestOn", "Capacity", "PriceVnd", "DepositPercent", "Rule" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing from {errors}");
        }

        using var notTheirs = await listing.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders", new
        {
            variantId = other.VariantId,
            lotCode = "NL-2027-07",
            opensOn = Today.ToString("yyyy-MM-dd"),
            closesOn = Today.AddDays(3).ToString("yyyy-MM-dd"),
            harvestOn = Today.AddDays(9).ToString("yyyy-MM-dd"),
            capacity = 10,
            priceVnd = 1000,
            depositPercent = 10,
            rule = "ProRata",
        });
        Assert.Equal(HttpStatusCode.BadRequest, notTheirs.StatusCode);
        Assert.True((await notTheirs.JsonAsync()).GetProperty("errors").TryGetProperty("VariantId", out _));
        using var garbled = await listing.Cooperative.Owner.PostAsync(
            $"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders",
            new StringContent("{\"capacity\":\"nhiều\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, garbled.StatusCode);
        var list = await (await listing.Cooperative.Owner.GetAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders")).JsonAsync();
        Assert.Empty(list.EnumerateArray());

        var (windowId, _) = await OpenAsync(listing, 10, "ProRata");
        var (buyer, _) = await factory.NewPersonAsync("sai");
        foreach (var quantity in new[] { 0, -5, int.MaxValue })
        {
            using var refused = await ReserveAsync(buyer, windowId, quantity);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var unknown = await ReserveAsync(buyer, Guid.NewGuid(), 1);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var anonymous = await factory.CreateClient().PostAsJsonAsync($"/api/v1/preorders/{windowId}/reservations", new { quantity = 1 });
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task AProductTakenOffSale_CannotBeReserved_AndAnotherCooperativeSeesNothingOfTheWindow()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await OpenAsync(listing, 50, "ProRata");
        var (buyer, _) = await factory.NewPersonAsync("an");
        var admin = await factory.AdminAsync();
        (await admin.PostAsJsonAsync($"/api/v1/admin/products/{listing.ProductId}/moderation", new { hide = true, reason = "Ảnh không đúng sản phẩm" }))
            .EnsureSuccessStatusCode();

        using var hidden = await ReserveAsync(buyer, windowId, 5);
        Assert.Equal(HttpStatusCode.Conflict, hidden.StatusCode);
        Assert.Equal("preorder.not_on_sale", (await hidden.JsonAsync()).GetProperty("code").GetString());
        (await admin.PostAsJsonAsync($"/api/v1/admin/products/{listing.ProductId}/moderation", new { hide = false })).EnsureSuccessStatusCode();
        using var restored = await ReserveAsync(buyer, windowId, 5);
        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);

        // Another cooperative's people: its window and its harvest answer 404, as to a stranger.
        var other = await factory.Listing().BuildAsync();
        var theirs = other.Cooperative.Owner;
        using var peek = await theirs.GetAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}");
        Assert.Equal(HttpStatusCode.NotFound, peek.StatusCode);
        using var viaOwn = await theirs.GetAsync($"/api/v1/cooperatives/{other.Cooperative.Id}/preorders/{windowId}");
        Assert.Equal(HttpStatusCode.NotFound, viaOwn.StatusCode);
        using var harvest = await theirs.PostAsJsonAsync($"/api/v1/cooperatives/{other.Cooperative.Id}/preorders/{windowId}/harvest", new { harvested = 1 });
        Assert.Equal(HttpStatusCode.NotFound, harvest.StatusCode);
        using var cancel = await theirs.PostAsync($"/api/v1/reservations/{(await restored.JsonAsync()).GetProperty("reservationId").GetGuid()}/cancel", null);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
    }

    [Fact]
    public async Task TheHarvest_MakesTheWindowsLotACatalogLot_ThatTheReservationsOrderShipsFrom_AndARecallReaches()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var staff = listing.Cooperative.Owner;
        var older = "CU-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(); // last season's lot, still on the shelf
        (await staff.PostAsJsonAsync($"/api/v1/cooperatives/products/{listing.ProductId}/lots", new
        {
            code = older,
            producedOn = Today.AddDays(-60).ToString("yyyy-MM-dd"),
            commune = "xã Hồng Nam",
            province = "Hưng Yên",
            quantity = 300,
            quantityUnit = "kg",
        })).EnsureSuccessStatusCode();
        var (windowId, window) = await OpenAsync(listing, 100, "FirstComeFirstServed");
        var lot = window.GetProperty("lotCode").GetString()!;
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/api/v1/lots/{lot}")).StatusCode); // not picked yet

        var (buyer, email) = await factory.NewPersonAsync("lo-vu");
        var reservationId = (await (await ReserveAsync(buyer, windowId, 12)).JsonAsync()).GetProperty("reservationId").GetGuid();
        (await staff.PostAsJsonAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders/{windowId}/harvest", new { harvested = 80 }))
            .EnsureSuccessStatusCode();

        // The harvest's lot, as a catalog lot: picked today, 80 kg, grown where the product's last lot was.
        JsonElement trace = default;
        await People.EventuallyAsync(
            async () =>
            {
                using var found = await factory.CreateClient().GetAsync($"/api/v1/lots/{lot}");
                trace = found.IsSuccessStatusCode ? (await found.JsonAsync()).GetProperty("lot") : default;
                return found.IsSuccessStatusCode;
            },
            "the harvest's lot in the catalog");
        Assert.Equal(Today.ToString("yyyy-MM-dd"), trace.GetProperty("producedOn").GetString());
        Assert.Equal(80, trace.GetProperty("quantity").GetInt32());
        Assert.Equal("kg", trace.GetProperty("quantityUnit").GetString());
        Assert.Equal("xã Hồng Nam", trace.GetProperty("commune").GetString());

        // The reservation's order ships from it unless the cooperative picks another, though an older lot could ship.
        using var ordered = await buyer.PostAsJsonAsync($"/api/v1/reservations/{reservationId}/order", new
        {
            recipient = "Phan Huy",
            phone = "0912345678",
            province = "Hưng Yên",
            commune = "xã Hồng Nam",
            street = "3 đường Nhãn",
            paymentMethod = "CashOnDelivery",
        });
        Assert.Equal(HttpStatusCode.Created, ordered.StatusCode);
        var order = await ordered.JsonAsync();
        var part = order.GetProperty("parts")[0].GetProperty("partId").GetGuid();
        (await staff.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{part}/Confirm", new { })).EnsureSuccessStatusCode();
        (await staff.PostAsJsonAsync($"/api/v1/cooperatives/order-parts/{part}/Pack", new { })).EnsureSuccessStatusCode();
        using var shipped = await staff.PostAsJsonAsync(
            $"/api/v1/cooperatives/order-parts/{part}/Ship", new { carrier = "Viettel Post", trackingNumber = "VTP-VU-1" });
        Assert.Equal(HttpStatusCode.OK, shipped.StatusCode);
        var lots = (await shipped.JsonAsync()).GetProperty("lines")[0].GetProperty("lots").EnumerateArray().ToList();
        Assert.Equal((lot, 12), (Assert.Single(lots).GetProperty("code").GetString(), lots[0].GetProperty("quantity").GetInt32()));

        // A recall of the harvest's lot reaches its buyer.
        var recipients = await (await staff.GetAsync($"/api/v1/cooperatives/products/{listing.ProductId}/lots/{lot}/recipients")).JsonAsync();
        var received = Assert.Single(recipients.GetProperty("recipients").EnumerateArray());
        Assert.Equal(order.GetProperty("number").GetString(), received.GetProperty("orderNumber").GetString());
        (await staff.PostAsJsonAsync($"/api/v1/cooperatives/products/{listing.ProductId}/lots/{lot}/recall", new { reason = "Độ ẩm vượt ngưỡng." }))
            .EnsureSuccessStatusCode();
        await People.EventuallyAsync(() => Task.FromResult(factory.MailsTo(email, lot).Length > 0), "the recall's mail to the buyer");
    }

    [Fact]
    public async Task OneBuyer_HoldsAtMostTenOpenReservationsOfAWindow_HeldOrWaiting()
    {
        var listing = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var (windowId, _) = await OpenAsync(listing, 5, "FirstComeFirstServed");
        var (buyer, _) = await factory.NewPersonAsync("nhieu-luot");
        var made = new List<Guid>();
        for (var i = 0; i < 10; i++)
        {
            using var reserved = await ReserveAsync(buyer, windowId, 1, waitlist: i >= 5); // five held, then five waiting
            Assert.Equal(HttpStatusCode.Created, reserved.StatusCode);
            made.Add((await reserved.JsonAsync()).GetProperty("reservationId").GetGuid());
        }

        using (var eleventh = await ReserveAsync(buyer, windowId, 1, waitlist: true))
        {
            Assert.Equal(HttpStatusCode.Conflict, eleventh.StatusCode);
            Assert.Equal("preorder.too_many_reservations", (await eleventh.JsonAsync()).GetProperty("code").GetString());
        }

        var (other, _) = await factory.NewPersonAsync("luot-khac"); // another buyer is not counted with them
        Assert.Equal(HttpStatusCode.Created, (await ReserveAsync(other, windowId, 1, waitlist: true)).StatusCode);
        (await buyer.PostAsync($"/api/v1/reservations/{made[^1]}/cancel", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await ReserveAsync(buyer, windowId, 1, waitlist: true)).StatusCode);
    }

    [Fact]
    public async Task AWindowsLotCode_MayBeItsOwnProductsLot_NotAnotherProducts()
    {
        var pomelo = await factory.Listing().SoldPer("kg", null).BuildAsync();
        var tea = await factory.Listing().SoldPer("kg", null).SoldBy(pomelo.Cooperative).BuildAsync();
        var code = "BUOI-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        (await pomelo.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{pomelo.ProductId}/lots", new
        {
            code,
            producedOn = Today.ToString("yyyy-MM-dd"),
            commune = "xã Tân Triều",
            province = "Đồng Nai",
            quantity = 100,
            quantityUnit = "kg",
        })).EnsureSuccessStatusCode();
        Task<HttpResponseMessage> OpenForAsync(TestListing listing, string lot) =>
            listing.Cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/{listing.Cooperative.Id}/preorders", new
            {
                variantId = listing.VariantId,
                lotCode = lot,
                opensOn = Today.ToString("yyyy-MM-dd"),
                closesOn = Today.AddDays(20).ToString("yyyy-MM-dd"),
                harvestOn = Today.AddDays(30).ToString("yyyy-MM-dd"),
                capacity = 50,
                priceVnd = PricePerKg,
                depositPercent = DepositPercent,
                rule = "ProRata",
            });

        using (var taken = await OpenForAsync(tea, code.ToLowerInvariant()))
        {
            Assert.Equal(HttpStatusCode.Conflict, taken.StatusCode);
            var problem = await taken.JsonAsync();
            Assert.Equal("preorder.lot_taken", problem.GetProperty("code").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("LotCode", out _), problem.ToString());
        }

        using var own = await OpenForAsync(pomelo, code); // the cooperative entered its coming lot ahead: the window names it
        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
    }
}
