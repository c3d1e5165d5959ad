using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// Commission rules: each line of an order is priced by the most specific rule in force when it is
/// placed (a cooperative's, then a category's, a sub-category before its parent, then the default
/// rate), within the rule's floor and cap; the order keeps what priced it after the rules change;
/// the ledger books exactly that; bad rules are refused with the field named; the admins' page.
/// </summary>
public sealed class CommissionRulesTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task EachLine_IsPricedByTheMostSpecificRule_TheLedgerBooksIt_AndTheOrderKeepsItAfterTheRulesEnd()
    {
        using var admin = await factory.AdminAsync();
        var x = await factory.ApprovedCooperativeAsync();
        var y = await factory.ApprovedCooperativeAsync();
        var xGreen = await factory.Listing().SoldBy(x).InCategory("tra-xanh").Priced(200_000).BuildAsync();
        var xNuts = await factory.Listing().SoldBy(x).InCategory("hat").Priced(100_000).BuildAsync();
        var yGreen = await factory.Listing().SoldBy(y).InCategory("tra-xanh").Priced(120_000).BuildAsync();
        var yBlack = await factory.Listing().SoldBy(y).InCategory("hong-tra").Priced(80_000).BuildAsync();
        var yNuts = await factory.Listing().SoldBy(y).InCategory("hat").Priced(50_000).BuildAsync();

        var tea = await admin.AddCommissionRuleAsync(new { categoryId = await factory.CategoryIdAsync("tra"), percent = 3m, note = "Trà" });
        var greenTea = await admin.AddCommissionRuleAsync(new { categoryId = await factory.CategoryIdAsync("tra-xanh"), percent = 2.5m });
        var xAll = await admin.AddCommissionRuleAsync(new { vendorId = x.Id, percent = 2m, capVnd = 3_000 });
        var xGreenTea = await admin.AddCommissionRuleAsync(new { vendorId = x.Id, categoryId = await factory.CategoryIdAsync("tra-xanh"), percent = 1m });

        var (_, order) = await factory.OrderAsync("BankTransfer", (xGreen, 1), (xNuts, 2), (yGreen, 1), (yBlack, 2), (yNuts, 1));
        var lines = await CommissionLinesAsync(admin, order.Id(), count: 5);
        // Worked by hand: the cooperative's rule for its green tea; its own rule, capped, for its nuts;
        // green tea's rule over tea's; tea's for black tea (a sub-category of tea); the default 5 %.
        AssertLine(lines, xGreen, xGreenTea, 200_000, 2_000);
        AssertLine(lines, xNuts, xAll, 200_000, 3_000);
        AssertLine(lines, yGreen, greenTea, 120_000, 3_000);
        AssertLine(lines, yBlack, tea, 160_000, 4_800);
        AssertLine(lines, yNuts, null, 50_000, 2_500);

        var total = order.GetProperty("total").Amount();
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = total })).EnsureSuccessStatusCode();
        Assert.Equal(-5_000, await CommissionBookedAsync(admin, x.Id, order));
        Assert.Equal(-10_300, await CommissionBookedAsync(admin, y.Id, order));

        // The orders desk shows the order's commission line by line, with whose rule priced each.
        var desk = await (await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword)).GetPageAsync($"/admin/orders/{order.Id()}");
        Assert.Equal(5, desk.Document.QuerySelectorAll("#desk-commission tbody tr").Length);
        Assert.Contains("15.300", desk.Text("#desk-commission tfoot"), StringComparison.Ordinal);
        var priced = desk.Texts("#desk-commission tbody td:last-child");
        Assert.Contains("Trà", priced);
        Assert.Contains("Tỷ lệ mặc định", priced);
        Assert.Contains($"{x.Name} · Trà xanh", priced);

        foreach (var rule in new[] { tea, greenTea, xAll, xGreenTea })
        {
            (await admin.PostAsync($"/api/v1/admin/commission-rules/{rule}/end", null)).EnsureSuccessStatusCode();
        }

        var (_, later) = await factory.OrderAsync("BankTransfer", (xNuts, 1));
        AssertLine(await CommissionLinesAsync(admin, later.Id(), count: 1), xNuts, null, 100_000, 5_000);
        Assert.Equal(lines.Select(l => l.GetRawText()), (await CommissionLinesAsync(admin, order.Id(), count: 5)).Select(l => l.GetRawText()));

        var listed = (await (await admin.GetAsync("/api/v1/admin/commission-rules")).JsonAsync()).GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetGuid() == xAll);
        Assert.Equal("Ended", listed.GetProperty("state").GetString());
        Assert.Equal(1, listed.GetProperty("linesPriced").GetInt32());
        Assert.Equal(3_000, listed.GetProperty("commissionPriced").Amount());
        Assert.Equal(People.AdminEmail, listed.GetProperty("endedBy").GetString());
    }

    [Fact]
    public async Task AFloorAndACap_BoundEachLine_NeverAboveTheLineItself()
    {
        using var admin = await factory.AdminAsync();
        var cooperative = await factory.ApprovedCooperativeAsync();
        var small = await factory.Listing().SoldBy(cooperative).Priced(3_000).BuildAsync();
        var mid = await factory.Listing().SoldBy(cooperative).Priced(30_000).BuildAsync();
        var big = await factory.Listing().SoldBy(cooperative).Priced(500_000).BuildAsync();
        var rule = await admin.AddCommissionRuleAsync(new { vendorId = cooperative.Id, percent = 10m, floorVnd = 5_000, capVnd = 20_000 });

        var (_, order) = await factory.OrderAsync("BankTransfer", (small, 1), (mid, 1), (big, 1));
        var lines = await CommissionLinesAsync(admin, order.Id(), count: 3);
        AssertLine(lines, small, rule, 3_000, 3_000); // the floor, but never more than the line
        AssertLine(lines, mid, rule, 30_000, 5_000); // 3,000 raised to the floor
        AssertLine(lines, big, rule, 500_000, 20_000); // 50,000 down to the cap
        var applicable = await (await admin.GetAsync($"/api/v1/admin/commission-rules/applicable?vendorId={cooperative.Id}")).JsonAsync();
        Assert.Equal(rule, applicable.GetProperty("ruleId").GetGuid());
        Assert.Equal(20_000, applicable.GetProperty("capVnd").GetInt64());
    }

    public static TheoryData<string, string> BadRules() => new()
    {
        { """{"percent": 60}""", "Percent" },
        { """{"percent": 2.555}""", "Percent" },
        { """{"percent": 2, "floorVnd": 9000, "capVnd": 5000}""", "CapVnd" },
        { """{"percent": 2, "floorVnd": -1}""", "FloorVnd" },
        { """{"percent": 2, "from": "2020-01-01T00:00:00+07:00"}""", "From" },
        { """{"percent": 2, "until": "2020-01-01T00:00:00+07:00"}""", "Until" },
        { """{"percent": 2, "vendorId": "5f0c6c43-7d3e-4b6f-9a55-0f8d6a1c2b3e"}""", "CooperativeId" },
        { """{"percent": 2, "categoryId": "5f0c6c43-7d3e-4b6f-9a55-0f8d6a1c2b3e"}""", "CategoryId" },
        { """{"percent": 2, "from": "9999-12-31T20:00:00+00:00"}""", "From" },
        { """{"percent": 2, "from": "9999-12-30T00:00:00+00:00", "until": "9999-12-31T00:00:00+00:00"}""", "From" },
        { """{"percent": 2, "until": "9999-12-31T23:59:59+00:00"}""", "Until" },
    };

    [Fact]
    public async Task AnEndBeforeTheRealStart_IsRefused_EvenWhenTheStartWasAMinuteAgo()
    {
        using var admin = await factory.AdminAsync();
        var now = DateTimeOffset.UtcNow;
        using var response = await admin.PostAsJsonAsync(
            "/api/v1/admin/commission-rules", new { percent = 2m, from = now.AddMinutes(-4), until = now.AddMinutes(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("Until", out _));
    }

    [Fact]
    public async Task RefundsOfTheGoodsAndThenOfTheDelivery_GiveBackNoMoreCommissionThanWasTaken()
    {
        using var admin = await factory.AdminAsync();
        var cooperative = await factory.ApprovedCooperativeAsync();
        var tea = await factory.Listing().SoldBy(cooperative).Priced(100_000).ShippedFor(30_000).BuildAsync();
        await admin.AddCommissionRuleAsync(new { vendorId = cooperative.Id, percent = 7m });
        var (_, order) = await factory.OrderAsync("BankTransfer", (tea, 1));
        Assert.Equal(130_000, order.GetProperty("total").Amount());
        await CommissionLinesAsync(admin, order.Id(), count: 1);
        (await admin.PostAsJsonAsync($"/api/v1/admin/payments/{order.Id()}/transfer-received", new { amountVnd = 130_000 })).EnsureSuccessStatusCode();
        Assert.Equal(-7_000, await CommissionBookedAsync(admin, cooperative.Id, order));

        // Three refunds of the goods, then the delivery fee: 2,333 + 2,334 + 2,333 + 0 given back,
        // where each refund priced alone would have given back 2,333 × 3 + 2,100.
        var part = order.Part(cooperative.Name).GetProperty("partId").GetGuid();
        foreach (var amount in new[] { 33_333, 33_333, 33_334, 30_000 })
        {
            (await admin.PostAsJsonAsync($"/api/v1/admin/order-parts/{part}/refunds", new { amountVnd = amount, reason = "Hàng dập khi giao" }))
                .EnsureSuccessStatusCode();
        }

        Assert.Equal(0, await CommissionBookedAsync(admin, cooperative.Id, order));
    }

    [Theory]
    [MemberData(nameof(BadRules))]
    public async Task ABadRule_Is400_NamingTheField_AndNothingIsMade(string body, string field)
    {
        using var admin = await factory.AdminAsync();
        var before = await RuleCountAsync(admin);
        using var response = await admin.PostAsync("/api/v1/admin/commission-rules", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await RuleCountAsync(admin));
    }

    [Theory]
    [InlineData("""{"percent": "năm"}""")]
    [InlineData("""{"percent": 2, "audience": "Everybody"}""")]
    [InlineData("""{"percent": 2, "vendorId": "HTX"}""")]
    [InlineData("""[1, 2]""")]
    public async Task MalformedJson_Is400_NotA500(string body)
    {
        using var admin = await factory.AdminAsync();
        using var response = await admin.PostAsync("/api/v1/admin/commission-rules", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ASecondRuleForTheSameScopeAndTime_Is409_EndingTwiceIs409_AnUnknownRuleIs404_AndOnlyAdminsMayTouchThem()
    {
        using var admin = await factory.AdminAsync();
        var cooperative = await factory.ApprovedCooperativeAsync();
        var rule = await admin.AddCommissionRuleAsync(new { vendorId = cooperative.Id, percent = 4m });
        using (var again = await admin.PostAsJsonAsync("/api/v1/admin/commission-rules", new { vendorId = cooperative.Id, percent = 3m }))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("commission_rule.overlaps", (await again.JsonAsync()).GetProperty("code").GetString());
        }

        // A rule ended before it began prices nothing and stands in no other's way.
        var scheduled = await admin.AddCommissionRuleAsync(
            new { vendorId = cooperative.Id, percent = 6m, audience = "NewCooperatives", from = DateTimeOffset.UtcNow.AddDays(5) });
        (await admin.PostAsync($"/api/v1/admin/commission-rules/{scheduled}/end", null)).EnsureSuccessStatusCode();
        await admin.AddCommissionRuleAsync(new { vendorId = cooperative.Id, percent = 6m, audience = "NewCooperatives" });

        // A scope that differs (here by audience) is another rule, and so is the same scope later on.
        await admin.AddCommissionRuleAsync(new { vendorId = cooperative.Id, percent = 3m, audience = "OcopCooperatives" });
        (await admin.PostAsync($"/api/v1/admin/commission-rules/{rule}/end", null)).EnsureSuccessStatusCode();
        using (var twice = await admin.PostAsync($"/api/v1/admin/commission-rules/{rule}/end", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        }

        await admin.AddCommissionRuleAsync(new { vendorId = cooperative.Id, percent = 3.5m });
        using (var unknown = await admin.PostAsync($"/api/v1/admin/commission-rules/{Guid.NewGuid()}/end", null))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }

        using (var owner = await cooperative.Owner.PostAsJsonAsync("/api/v1/admin/commission-rules", new { percent = 0m }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, owner.StatusCode);
        }

        var audit = (await (await admin.GetAsync($"/api/v1/admin/audit?action=CommissionRuleEnded&subjectId={rule}")).JsonAsync()).EnumerateArray().ToList();
        var ended = Assert.Single(audit);
        Assert.Equal(People.AdminEmail, ended.GetProperty("actorName").GetString());
        Assert.Contains("4 %", ended.GetProperty("before").GetString(), StringComparison.Ordinal);
        Assert.Single((await (await admin.GetAsync($"/api/v1/admin/audit?action=CommissionRuleAdded&subjectId={rule}")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task ThePage_AddsARule_ShowsIt_EndsIt_AndExplainsAMistakeInVietnamese()
    {
        var cooperative = await factory.ApprovedCooperativeAsync("HTX Chè Tân Cương " + Guid.NewGuid().ToString("N")[..4]);
        var pages = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var page = await pages.GetPageAsync("/admin/commission");
        Assert.Equal(200, page.Status);

        using (var wrong = await pages.SubmitAsync(page, "#new-rule form", new Dictionary<string, string>
        {
            ["vendorId"] = cooperative.Id.ToString(),
            ["audience"] = "Everyone",
            ["percent"] = "60",
        }))
        {
            var refused = await Html.ParseAsync(wrong);
            Assert.Contains("Tỷ lệ hoa hồng (%)", refused.Text(".errors"), StringComparison.Ordinal);
        }

        using (var added = await pages.SubmitAsync(page, "#new-rule form", new Dictionary<string, string>
        {
            ["vendorId"] = cooperative.Id.ToString(),
            ["audience"] = "Everyone",
            ["percent"] = "3.5",
            ["capVnd"] = "50000",
            ["note"] = "Hỗ trợ HTX vùng cao",
        }))
        {
            var shown = await Html.ParseAsync(added);
            Assert.Equal("/admin/commission", shown.Url);
            var row = shown.Document.QuerySelectorAll("#rules tbody tr").Single(r => r.TextContent.Contains(cooperative.Name, StringComparison.Ordinal));
            Assert.Contains("3,5 %", System.Text.RegularExpressions.Regex.Replace(row.TextContent, @"\s+", " "), StringComparison.Ordinal);
            Assert.Contains("Hỗ trợ HTX vùng cao", row.TextContent, StringComparison.Ordinal);
            Assert.Contains("Đang áp dụng", row.TextContent, StringComparison.Ordinal);
            using var end = await pages.SubmitAsync(shown, $"#{row.Id} form", new Dictionary<string, string>());
            var after = await Html.ParseAsync(end);
            var endedRow = after.Document.QuerySelector($"#{row.Id}")!;
            Assert.Contains("Đã kết thúc", endedRow.TextContent, StringComparison.Ordinal);
            Assert.Null(endedRow.QuerySelector("form"));
        }

        // A date beyond the calendar's reach is refused in words, not a 500.
        using (var far = await pages.SubmitAsync(page, "#new-rule form", new Dictionary<string, string>
        {
            ["vendorId"] = cooperative.Id.ToString(),
            ["audience"] = "Everyone",
            ["percent"] = "2",
            ["to"] = "9999-12-31",
        }))
        {
            Assert.Equal(HttpStatusCode.OK, far.StatusCode);
            Assert.Contains("10 năm", (await Html.ParseAsync(far)).Text(".errors"), StringComparison.Ordinal);
        }

        // As a browser sends a form left at "any cooperative" and "any category": empty values.
        var from = DateTime.UtcNow.AddHours(7).AddDays(400).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var scheduled = await pages.SubmitAsync(page, "#new-rule form", new Dictionary<string, string>
        {
            ["vendorId"] = string.Empty,
            ["categoryId"] = string.Empty,
            ["audience"] = "OcopCooperatives",
            ["percent"] = "2",
            ["floorVnd"] = string.Empty,
            ["capVnd"] = string.Empty,
            ["from"] = from,
            ["to"] = string.Empty,
            ["note"] = "Tuần lễ OCOP",
        });
        var listed = await Html.ParseAsync(scheduled);
        Assert.Equal(string.Empty, listed.Text(".errors"));
        var ocopRow = listed.Document.QuerySelectorAll("#rules tbody tr").Single(r => r.TextContent.Contains("Tuần lễ OCOP", StringComparison.Ordinal));
        Assert.Contains("Sắp áp dụng", ocopRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("HTX có OCOP", ocopRow.TextContent, StringComparison.Ordinal);
        using var _ = await pages.SubmitAsync(listed, $"#{ocopRow.Id} form", new Dictionary<string, string>()); // leaves the other tests' orders alone
    }

    private static async Task<int> RuleCountAsync(HttpClient admin) =>
        (await (await admin.GetAsync("/api/v1/admin/commission-rules")).JsonAsync()).GetProperty("rules").GetArrayLength();

    /// <summary>The order's lines as priced; the payment (and its pricing) is opened when the order's notification arrives.</summary>
    private static async Task<List<JsonElement>> CommissionLinesAsync(HttpClient admin, Guid orderId, int count)
    {
        List<JsonElement> lines = [];
        await People.EventuallyAsync(
            async () =>
            {
                lines = [.. (await (await admin.GetAsync($"/api/v1/admin/orders/{orderId}/commission")).JsonAsync()).EnumerateArray()];
                return lines.Count == count;
            },
            "the order's commission to be priced");
        return lines;
    }

    private static void AssertLine(List<JsonElement> lines, TestListing listing, Guid? rule, long goods, long commission)
    {
        var line = lines.Single(l => l.GetProperty("sku").GetString() == listing.Sku);
        Assert.Equal(rule, line.GetProperty("ruleId").ValueKind == JsonValueKind.Null ? null : line.GetProperty("ruleId").GetGuid());
        Assert.Equal(goods, line.GetProperty("goods").Amount());
        Assert.Equal(commission, line.GetProperty("commission").Amount());
    }

    private static async Task<long> CommissionBookedAsync(HttpClient admin, Guid cooperativeId, JsonElement order)
    {
        var number = order.GetProperty("number").GetString();
        long sum = 0;
        await People.EventuallyAsync(
            async () =>
            {
                var entries = (await admin.LedgerAsync(cooperativeId)).GetProperty("entries").EnumerateArray()
                    .Where(e => e.GetProperty("kind").GetString() == "Commission" && e.GetProperty("orderNumber").GetString() == number)
                    .ToList();
                sum = entries.Sum(e => e.GetProperty("amount").Amount());
                return entries.Count > 0;
            },
            "the commission to be booked");
        return sum;
    }
}
