using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using Marketplace.Web.Tests.Payments;

namespace Marketplace.Web.Tests.Ordering;

/// <summary>
/// Vouchers from issue to ledger, on SQLite and again on PostgreSQL: a limited voucher under a
/// hundred checkouts at once, a co-funded one booked for the alliance and the cooperatives to the
/// đồng and printed on the invoices, a cooperative's own, and every way one is refused.
/// </summary>
public sealed class VoucherTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static string NewCode(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..12].ToUpperInvariant();

    private static object Terms(
        string code,
        string kind = "PercentOff",
        int percentOff = 10,
        long amountOffVnd = 0,
        long? maxDiscountVnd = null,
        long minSpendVnd = 0,
        int? totalLimit = null,
        int perBuyerLimit = 1,
        int allianceSharePercent = 100,
        string audience = "Everyone",
        DateTimeOffset? startsAt = null,
        DateTimeOffset? endsAt = null) => new
        {
            code,
            title = "Tuần lễ OCOP",
            kind,
            percentOff,
            amountOffVnd,
            maxDiscountVnd,
            minSpendVnd,
            totalLimit,
            perBuyerLimit,
            startsAt = startsAt ?? DateTimeOffset.UtcNow.AddMinutes(-5),
            endsAt = endsAt ?? DateTimeOffset.UtcNow.AddDays(7),
            audience,
            allianceSharePercent,
        };

    private async Task<JsonElement> IssueAsync(object terms)
    {
        using var admin = await factory.AdminAsync();
        using var issued = await admin.PostAsJsonAsync("/api/v1/admin/vouchers", terms);
        Assert.True(issued.StatusCode == HttpStatusCode.Created, await issued.Content.ReadAsStringAsync());
        return await issued.JsonAsync();
    }

    private static async Task AddAsync(HttpClient shopper, params (TestListing Listing, int Quantity)[] lines)
    {
        foreach (var (listing, quantity) in lines)
        {
            (await shopper.PostAsJsonAsync("/api/v1/cart/lines", new { variantId = listing.VariantId, quantity })).EnsureSuccessStatusCode();
        }
    }

    private static Task<HttpResponseMessage> ApplyAsync(HttpClient shopper, string code) =>
        shopper.PutAsJsonAsync("/api/v1/cart/voucher", new { code });

    private static async Task<HttpResponseMessage> CheckoutAsync(HttpClient shopper, string method = "CashOnDelivery")
    {
        using var request = Checkouts.Request(Guid.NewGuid(), method);
        return await shopper.SendAsync(request);
    }

    [Fact]
    public async Task AHundredCheckoutsAtOnce_WithAVoucherOfTenUses_MakeExactlyTenDiscountedOrders()
    {
        var tea = await factory.Listing().Priced(200_000).WithStock(1_000).BuildAsync();
        var code = NewCode("MUOI");
        var voucher = await IssueAsync(Terms(code, percentOff: 10, totalLimit: 10));
        List<(HttpClient Client, string Email)> people = [];
        foreach (var batch in Enumerable.Range(0, 5))
        {
            people.AddRange(await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => factory.NewPersonAsync("ocop"))));
        }

        var shoppers = people.ToArray();
        foreach (var (shopper, _) in shoppers)
        {
            await AddAsync(shopper, (tea, 1));
            using var applied = await ApplyAsync(shopper, code.ToLowerInvariant()); // typed as people type it
            Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
            Assert.Equal(20_000, (await applied.JsonAsync()).GetProperty("discount").Amount());
        }

        var outcomes = await Task.WhenAll(shoppers.Select(s => Task.Run(async () =>
        {
            using var response = await CheckoutAsync(s.Client);
            return (response.StatusCode, Body: await response.JsonAsync());
        })));

        var placed = outcomes.Where(o => o.StatusCode == HttpStatusCode.Created).Select(o => o.Body).ToList();
        Assert.Equal(10, placed.Count);
        Assert.All(outcomes.Where(o => o.StatusCode != HttpStatusCode.Created), o =>
        {
            Assert.Equal(HttpStatusCode.Conflict, o.StatusCode);
            Assert.Equal("checkout.voucher_used_up", o.Body.GetProperty("code").GetString());
        });
        foreach (var order in placed)
        {
            var part = order.GetProperty("parts")[0];
            Assert.Equal(20_000, part.GetProperty("discount").Amount());
            Assert.Equal(200_000 + part.GetProperty("shippingFee").Amount() - 20_000, part.GetProperty("total").Amount());
        }

        using var admin = await factory.AdminAsync();
        var listed = (await (await admin.GetAsync("/api/v1/admin/vouchers")).JsonAsync()).EnumerateArray()
            .Single(v => v.GetProperty("voucherId").GetGuid() == voucher.GetProperty("voucherId").GetGuid());
        Assert.Equal(10, listed.GetProperty("used").GetInt32());
        Assert.Equal(200_000, listed.GetProperty("discountGivenVnd").GetInt64());
        Assert.False(listed.GetProperty("live").GetBoolean());
        Assert.Equal(1_000 - 10, await factory.StockAsync(tea));

        // One of the ninety: the cart says why, and without the code the order goes through at full price.
        var late = shoppers[Array.FindIndex(outcomes, o => o.StatusCode == HttpStatusCode.Conflict)].Client;
        var cart = await (await late.GetAsync("/api/v1/cart")).JsonAsync();
        Assert.Contains(code, cart.GetProperty("voucher").GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.False(cart.GetProperty("canCheckOut").GetBoolean());
        (await late.DeleteAsync("/api/v1/cart/voucher")).EnsureSuccessStatusCode();
        using var full = await CheckoutAsync(late);
        Assert.Equal(HttpStatusCode.Created, full.StatusCode);
        Assert.Equal(0, (await full.JsonAsync()).GetProperty("parts")[0].GetProperty("discount").Amount());
    }

    [Fact]
    public async Task ACoFundedVoucher_IsSharedByTheGoods_BookedForTheAllianceAndEachCooperative_AndPrintedOnTheInvoices()
    {
        var tea = await factory.Listing().Priced(150_000).ShippedFor(30_000).BuildAsync();
        var honey = await factory.Listing().Priced(100_000).ShippedFor(25_000).BuildAsync();
        var code = NewCode("CHUNG");
        await IssueAsync(Terms(code, percentOff: 20, maxDiscountVnd: 100_000, minSpendVnd: 350_000, allianceSharePercent: 50));
        var (shopper, _) = await factory.NewPersonAsync("chung");
        await AddAsync(shopper, (tea, 1), (honey, 1));

        // 250.000 ₫ of goods do not reach the minimum: the code is kept, the cart says what is missing, checkout refuses it.
        using (var short1 = await ApplyAsync(shopper, code))
        {
            var cart = await short1.JsonAsync();
            Assert.Equal(0, cart.GetProperty("discount").Amount());
            Assert.Contains("350.000", cart.GetProperty("voucher").GetProperty("problem").GetString(), StringComparison.Ordinal);
        }

        using (var refused = await CheckoutAsync(shopper))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("checkout.voucher", (await refused.JsonAsync()).GetProperty("code").GetString());
        }

        await AddAsync(shopper, (tea, 1)); // 400.000 ₫ of goods: 20 % is 80.000 ₫, under the 100.000 ₫ cap
        var priced = await (await shopper.GetAsync("/api/v1/cart")).JsonAsync();
        Assert.Equal(80_000, priced.GetProperty("discount").Amount());
        using var placed = await CheckoutAsync(shopper);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.JsonAsync();

        // Shared by the goods: 300.000 of 400.000 is the tea's, so 60.000 ₫ of it; the honey 20.000 ₫. The alliance pays half of each.
        var teaPart = order.Part(tea.Cooperative.Name);
        var honeyPart = order.Part(honey.Cooperative.Name);
        Assert.Equal(60_000, teaPart.GetProperty("discount").Amount());
        Assert.Equal(20_000, honeyPart.GetProperty("discount").Amount());
        Assert.Equal(300_000 + 30_000 - 60_000, teaPart.GetProperty("total").Amount());
        Assert.Equal(100_000 + 25_000 - 20_000, honeyPart.GetProperty("total").Amount());
        Assert.Equal(order.GetProperty("total").Amount(), teaPart.GetProperty("total").Amount() + honeyPart.GetProperty("total").Amount());

        await tea.Cooperative.DeliverAsync(order);
        await honey.Cooperative.DeliverAsync(order);
        using var admin = await factory.AdminAsync();
        foreach (var (listing, part, goods, allianceShare) in new[] { (tea, teaPart, 300_000L, 30_000L), (honey, honeyPart, 100_000L, 10_000L) })
        {
            var number = order.GetProperty("number").GetString();
            Dictionary<string, long> booked = [];
            await People.EventuallyAsync(
                async () =>
                {
                    booked = (await admin.LedgerAsync(listing.Cooperative.Id)).GetProperty("entries").EnumerateArray()
                        .Where(e => e.GetProperty("orderNumber").GetString() == number)
                        .GroupBy(e => e.GetProperty("kind").GetString()!)
                        .ToDictionary(g => g.Key, g => g.Sum(e => e.GetProperty("amount").Amount()));
                    return booked.ContainsKey("Promotion") && booked.ContainsKey("Commission");
                },
                "the cash delivery to be booked");

            // The cash collected is what the buyer paid; the alliance makes up its half; the commission (5 %) is on the
            // goods at the price the cooperative sold them: less its own half of the discount, not the alliance's.
            var paid = part.GetProperty("total").Amount();
            Assert.Equal(paid, booked["Sale"]);
            Assert.Equal(-paid, booked["CashCollected"]);
            Assert.Equal(allianceShare, booked["Promotion"]);
            Assert.Equal(allianceShare, (await admin.LedgerAsync(listing.Cooperative.Id)).GetProperty("balance").GetProperty("promotions").Amount());
            var sold = goods - (part.GetProperty("discount").Amount() - allianceShare);
            Assert.Equal(-(((sold * 500) + 5_000) / 10_000), booked["Commission"]);

            // The invoice: the discount as a trade discount line, the VAT (5 %) on the price after it.
            var invoice = await shopper.InvoiceTextAsync(order, part);
            Assert.Contains($"Chiết khấu thương mại -{Vnd(part.GetProperty("discount").Amount())} mã giảm giá {code}", invoice, StringComparison.Ordinal);
            var preVat = (long)Math.Round(paid * 100m / 105, MidpointRounding.AwayFromZero);
            Assert.Contains(Vnd(preVat) + " ₫", invoice, StringComparison.Ordinal);
            Assert.Contains(Vnd(paid - preVat) + " ₫", invoice, StringComparison.Ordinal);
            Assert.Contains(Vnd(paid) + " ₫", invoice, StringComparison.Ordinal);
        }

        // Used once by this buyer, who may not use it again.
        await AddAsync(shopper, (tea, 3));
        using var again = await ApplyAsync(shopper, code);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("voucher.used_by_buyer", (await again.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task ACooperativesVoucher_TakesOffOnlyItsGoods_AtItsOwnCost_AndFreeDeliveryTakesOffTheFee()
    {
        var tea = await factory.Listing().Priced(120_000).ShippedFor(30_000).BuildAsync();
        var honey = await factory.Listing().Priced(90_000).ShippedFor(25_000).BuildAsync();
        var owner = tea.Cooperative.Owner;
        var code = NewCode("CHE");
        using (var issued = await owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{tea.Cooperative.Id}/vouchers", Terms(code, kind: "AmountOff", amountOffVnd: 15_000, allianceSharePercent: 100)))
        {
            Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
            Assert.Equal(0, (await issued.JsonAsync()).GetProperty("allianceSharePercent").GetInt32()); // a cooperative pays its own
        }

        // Another cooperative's people see nothing of it.
        Assert.Equal(HttpStatusCode.NotFound, (await honey.Cooperative.Owner.GetAsync($"/api/v1/cooperatives/{tea.Cooperative.Id}/vouchers")).StatusCode);

        var (shopper, _) = await factory.NewPersonAsync("che");
        await AddAsync(shopper, (honey, 1));
        var honeyOnly = await (await ApplyAsync(shopper, code)).JsonAsync();
        Assert.Contains(code, honeyOnly.GetProperty("voucher").GetProperty("problem").GetString(), StringComparison.Ordinal);
        await AddAsync(shopper, (tea, 2));
        using var placed = await CheckoutAsync(shopper, "BankTransfer");
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        var order = await placed.JsonAsync();
        Assert.Equal(15_000, order.Part(tea.Cooperative.Name).GetProperty("discount").Amount());
        Assert.Equal(0, order.Part(honey.Cooperative.Name).GetProperty("discount").Amount());

        // Paid: the tea's sale is what the buyer paid for it, with no alliance share, and commission on 240.000 − 15.000.
        using var admin = await factory.AdminAsync();
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = order.GetProperty("total").Amount() }))
            .EnsureSuccessStatusCode();
        var number = order.GetProperty("number").GetString();
        List<JsonElement> entries = [];
        await People.EventuallyAsync(
            async () =>
            {
                entries = [.. (await admin.LedgerAsync(tea.Cooperative.Id)).GetProperty("entries").EnumerateArray()
                    .Where(e => e.GetProperty("orderNumber").GetString() == number)];
                return entries.Any(e => e.GetProperty("kind").GetString() == "Sale");
            },
            "the paid sale to be booked");
        Assert.Equal(240_000 + 30_000 - 15_000, entries.Single(e => e.GetProperty("kind").GetString() == "Sale").GetProperty("amount").Amount());
        var commission = entries.Single(e => e.GetProperty("kind").GetString() == "Commission");
        Assert.Equal(-(((225_000 * 500) + 5_000) / 10_000), commission.GetProperty("amount").Amount());
        Assert.DoesNotContain(entries, e => e.GetProperty("kind").GetString() == "Promotion");

        // Free delivery from the alliance: every parcel's fee, up to the cap, shared by the fees.
        var free = NewCode("FREE");
        await IssueAsync(Terms(free, kind: "FreeDelivery", maxDiscountVnd: 44_000));
        var (second, _) = await factory.NewPersonAsync("mienphi");
        await AddAsync(second, (tea, 1), (honey, 1));
        var cart = await (await ApplyAsync(second, free)).JsonAsync();
        Assert.Equal(44_000, cart.GetProperty("discount").Amount()); // 55.000 ₫ of fees, capped
        var groups = cart.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("vendorName").GetString()!);
        Assert.Equal(24_000, groups[tea.Cooperative.Name].GetProperty("discount").Amount()); // 44.000 × 30/55
        Assert.Equal(20_000, groups[honey.Cooperative.Name].GetProperty("discount").Amount());
    }

    [Fact]
    public async Task AnOrderCancelledWhole_GivesItsUseBack_AndARefundTakesBackTheAlliancesShare()
    {
        var tea = await factory.Listing().Priced(100_000).ShippedFor(20_000).BuildAsync();
        var code = NewCode("MOT");
        var voucher = await IssueAsync(Terms(code, percentOff: 20, totalLimit: 1, allianceSharePercent: 50));
        using var admin = await factory.AdminAsync();
        async Task<int> UsedAsync() => (await (await admin.GetAsync("/api/v1/admin/vouchers")).JsonAsync()).EnumerateArray()
            .Single(v => v.GetProperty("voucherId").GetGuid() == voucher.GetProperty("voucherId").GetGuid()).GetProperty("used").GetInt32();

        var (shopper, _) = await factory.NewPersonAsync("huy");
        await AddAsync(shopper, (tea, 1));
        (await ApplyAsync(shopper, code)).EnsureSuccessStatusCode();
        using (var first = await CheckoutAsync(shopper, "BankTransfer"))
        {
            var order = await first.JsonAsync();
            Assert.Equal(1, await UsedAsync());
            var partId = order.GetProperty("parts")[0].GetProperty("partId").GetGuid();
            (await shopper.PostAsJsonAsync($"/api/v1/orders/{order.Id()}/parts/{partId}/cancel", new { reason = "Đặt nhầm." })).EnsureSuccessStatusCode();
        }

        // Nothing of the order is sold: the use comes back, to the voucher and to the buyer.
        await People.EventuallyAsync(async () => await UsedAsync() == 0, "the cancelled order's use to be given back");
        await AddAsync(shopper, (tea, 1));
        (await ApplyAsync(shopper, code)).EnsureSuccessStatusCode();
        using var second = await CheckoutAsync(shopper, "BankTransfer");
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var paid = await second.JsonAsync();
        Assert.Equal(1, await UsedAsync());
        var part = paid.GetProperty("parts")[0];
        Assert.Equal(20_000, part.GetProperty("discount").Amount());
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{paid.Id()}/transfer-received", new { amountVnd = paid.GetProperty("total").Amount() }))
            .EnsureSuccessStatusCode();

        // Half of what was paid goes back: half of the alliance's 10.000 ₫ goes back with it.
        var half = part.GetProperty("total").Amount() / 2;
        var refunds = $"/api/v1/admin/order-parts/{part.GetProperty("partId").GetGuid()}/refunds";
        await People.EventuallyAsync(
            async () => (await admin.PostAsJsonAsync(refunds, new { amountVnd = half, reason = "Hàng dập" })).IsSuccessStatusCode,
            "the paid part to be refundable");
        var number = paid.GetProperty("number").GetString();
        List<long> promotions = [];
        await People.EventuallyAsync(
            async () =>
            {
                promotions = [.. (await admin.LedgerAsync(tea.Cooperative.Id)).GetProperty("entries").EnumerateArray()
                    .Where(e => e.GetProperty("orderNumber").GetString() == number && e.GetProperty("kind").GetString() == "Promotion")
                    .Select(e => e.GetProperty("amount").Amount())];
                return promotions.Count == 2;
            },
            "the refund to take back its share");
        Assert.Equal([-5_000L, 10_000L], promotions.Order());
    }

    [Fact]
    public async Task BadTerms_UnknownOrSpentCodes_AndOtherIssuers_AreRefusedWithProblems()
    {
        using var admin = await factory.AdminAsync();
        using (var bad = await admin.PostAsJsonAsync("/api/v1/admin/vouchers", Terms(
            "có dấu", kind: "Half", percentOff: 0, totalLimit: 0, perBuyerLimit: 0, allianceSharePercent: 120,
            startsAt: DateTimeOffset.UtcNow, endsAt: DateTimeOffset.UtcNow.AddDays(-1))))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            var errors = (await bad.JsonAsync()).GetProperty("errors");
            foreach (var field in new[] { "Code", "Kind", "TotalLimit", "PerBuyerLimit", "EndsAt", "AllianceSharePercent" })
            {
                Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
            }
        }

        using (var percent = await admin.PostAsJsonAsync("/api/v1/admin/vouchers", Terms(NewCode("PCT"), percentOff: 101)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, percent.StatusCode);
            Assert.True((await percent.JsonAsync()).GetProperty("errors").TryGetProperty("PercentOff", out _));
        }

        using (var notJson = await admin.PostAsync("/api/v1/admin/vouchers", new StringContent("{\"code\": 12", System.Text.Encoding.UTF8, "application/json")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        }

        var code = NewCode("TRUNG");
        await IssueAsync(Terms(code));
        using (var twice = await admin.PostAsJsonAsync("/api/v1/admin/vouchers", Terms(code.ToLowerInvariant())))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        }

        var (shopper, _) = await factory.NewPersonAsync("sai");
        using (var forbidden = await shopper.PostAsJsonAsync("/api/v1/admin/vouchers", Terms(NewCode("KHACH"))))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        }

        var tea = await factory.Listing().Priced(50_000).BuildAsync();
        await AddAsync(shopper, (tea, 1));
        using (var unknown = await ApplyAsync(shopper, "KHONGCO"))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        using (var badCode = await ApplyAsync(shopper, "mã lạ"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        }

        var later = NewCode("SAU");
        await IssueAsync(Terms(later, startsAt: DateTimeOffset.UtcNow.AddDays(1)));
        using (var notYet = await ApplyAsync(shopper, later))
        {
            Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        }

        // Applied, then ended by the admin before checkout: the order is refused, and placed once it is taken off.
        var ended = await IssueAsync(Terms(NewCode("DUNG")));
        (await ApplyAsync(shopper, ended.GetProperty("code").GetString()!)).EnsureSuccessStatusCode();
        (await admin.PostAsync($"/api/v1/admin/vouchers/{ended.GetProperty("voucherId").GetGuid()}/end", null)).EnsureSuccessStatusCode();
        using (var refused = await CheckoutAsync(shopper))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        }

        (await shopper.DeleteAsync("/api/v1/cart/voucher")).EnsureSuccessStatusCode();
        using var placed = await CheckoutAsync(shopper);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await (await shopper.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("voucher").ValueKind);
    }

    [Fact]
    public async Task ThePages_IssueAVoucher_AndTheCartTakesIt()
    {
        var tea = await factory.Listing().Priced(80_000).BuildAsync();
        var owner = await factory.SignedInPagesAsync(tea.Cooperative.OwnerEmail);
        var desk = await owner.GetPageAsync($"/cooperatives/{tea.Cooperative.Id}/vouchers");
        var code = NewCode("TRANG");
        var fields = new Dictionary<string, string>
        {
            ["Input.Code"] = code,
            ["Input.Title"] = "Mừng mùa trà mới",
            ["Input.Kind"] = "PercentOff",
            ["Input.PercentOff"] = "150",
            ["Input.Audience"] = "Everyone",
        };

        // What a browser sends of the fields this test's form helper leaves out (numbers, dates): the defaults the page offers.
        foreach (var (field, name) in new[] { ("PerBuyerLimit", "Input.PerBuyerLimit"), ("StartsAt", "Input.StartsAt"), ("EndsAt", "Input.EndsAt") })
        {
            fields[name] = desk.Document.QuerySelector($"#{field}")?.GetAttribute("value") ?? throw new InvalidOperationException($"no default {field}");
        }

        using (var refused = await owner.SubmitAsync(desk, "#voucher-form", fields))
        {
            var page = await Html.ParseAsync(refused);
            Assert.Contains("1 đến 100", string.Join(" ", page.Texts(".field-error")), StringComparison.Ordinal);
            Assert.Equal(code, page.Document.QuerySelector("#Code")?.GetAttribute("value"));
        }

        fields["Input.PercentOff"] = "25";
        using (var issued = await owner.SubmitAsync(await owner.GetPageAsync($"/cooperatives/{tea.Cooperative.Id}/vouchers"), "#voucher-form", fields))
        {
            var page = await Html.ParseAsync(issued);
            Assert.Contains(code, page.Text("#vouchers"), StringComparison.Ordinal);
            Assert.Contains("25 %", page.Text("#vouchers"), StringComparison.Ordinal);
        }

        var (_, email) = await factory.NewPersonAsync("trang");
        var shopper = await factory.SignedInPagesAsync(email);
        using var bearer = await factory.BearerClientAsync(email, People.Password);
        await AddAsync(bearer, (tea, 1));
        var unknownCode = new Dictionary<string, string> { ["code"] = "KHONGCO" };
        using (var unknown = await shopper.SubmitAsync(await shopper.GetPageAsync("/cart"), ".voucher-form", unknownCode))
        {
            var page = await Html.ParseAsync(unknown);
            Assert.Contains("KHONGCO", page.Text(".errors"), StringComparison.Ordinal);
            Assert.Equal("KHONGCO", page.Document.QuerySelector("#voucher-code")?.GetAttribute("value"));
        }

        using var applied = await shopper.SubmitAsync(await shopper.GetPageAsync("/cart"), ".voucher-form", new Dictionary<string, string> { ["code"] = code });
        var cart = await Html.ParseAsync(applied);
        Assert.Contains("20.000", cart.Text("#voucher-discount"), StringComparison.Ordinal);
        var total = (await (await bearer.GetAsync("/api/v1/cart")).JsonAsync()).GetProperty("total").Amount();
        Assert.Contains(Vnd(total), cart.Text("#cart-total"), StringComparison.Ordinal);
    }

    private static string Vnd(long amount) => amount.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');
}
