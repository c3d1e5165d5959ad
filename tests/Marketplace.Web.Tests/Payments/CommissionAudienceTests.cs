using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Payments;

/// <summary>
/// Rules for an audience and for a period: a welcome rate for cooperatives in their first 180 days,
/// a rate for OCOP-certified ones, a rule that starts later and one that ends; all judged at the
/// moment an order would be placed, on a clock the test moves half a year on.
/// </summary>
public sealed class CommissionAudienceTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    [Fact]
    public async Task NewAndOcopCooperatives_AndRulesForAPeriod_ApplyOnlyWhileTheyFit()
    {
        var plain = await factory.ApprovedCooperativeAsync();
        var ocop = await factory.ApprovedCooperativeAsync();
        var certificate = await SubmitOcopAsync(ocop);
        var admin = await factory.AdminAsync();
        (await admin.PostAsJsonAsync($"/api/v1/admin/certificates/{certificate}/decisions", new { decision = "Verify" })).Dispose();

        var welcome = await admin.AddCommissionRuleAsync(new { audience = "NewCooperatives", percent = 1m, note = "Chào mừng HTX mới" });
        var ocopRate = await admin.AddCommissionRuleAsync(new { audience = "OcopCooperatives", percent = 2m });
        var now = factory.Clock.GetUtcNow();
        var festival = await admin.AddCommissionRuleAsync(new { percent = 4m, until = now.AddDays(10), note = "Lễ hội nhãn" });
        var later = await admin.AddCommissionRuleAsync(new { vendorId = plain.Id, percent = 3m, from = now.AddDays(30) });
        try
        {
            // Both new; the OCOP rule, as specific as the welcome one, is the later made.
            Assert.Equal((welcome, 1m), await ApplicableAsync(admin, plain));
            Assert.Equal((ocopRate, 2m), await ApplicableAsync(admin, ocop));

            factory.Clock.Shift = TimeSpan.FromDays(181);
            admin = await factory.AdminAsync(); // a bearer token lasts an hour
            // Half a year on: no longer new, the festival over, the cooperative's own rule begun.
            Assert.Equal((later, 3m), await ApplicableAsync(admin, plain));
            Assert.Equal((ocopRate, 2m), await ApplicableAsync(admin, ocop));
            var rules = (await (await admin.GetAsync("/api/v1/admin/commission-rules")).JsonAsync()).GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal("Ended", rules.Single(r => r.GetProperty("ruleId").GetGuid() == festival).GetProperty("state").GetString());
            Assert.Equal("InForce", rules.Single(r => r.GetProperty("ruleId").GetGuid() == later).GetProperty("state").GetString());

            (await admin.PostAsync($"/api/v1/admin/commission-rules/{ocopRate}/end", null)).EnsureSuccessStatusCode();
            var (rule, percent) = await ApplicableAsync(admin, ocop);
            Assert.Null(rule);
            Assert.Equal(5m, percent); // the default rate, nobody having changed it here
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task AScheduledRule_PricesNothingBeforeItStarts()
    {
        using var admin = await factory.AdminAsync();
        var cooperative = await factory.ApprovedCooperativeAsync();
        var from = factory.Clock.GetUtcNow().AddDays(2);
        var rule = await admin.AddCommissionRuleAsync(new { vendorId = cooperative.Id, percent = 0.5m, from });
        var listed = (await (await admin.GetAsync("/api/v1/admin/commission-rules")).JsonAsync()).GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("ruleId").GetGuid() == rule);
        Assert.Equal("Scheduled", listed.GetProperty("state").GetString());
        Assert.NotEqual(rule, (await ApplicableAsync(admin, cooperative)).Rule);
    }

    private async Task<Guid> SubmitOcopAsync(TestCooperative cooperative)
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).DateTime);
        var rated = await factory.Listing().SoldBy(cooperative).BuildAsync(); // OCOP stars rate a product
        using var form = Cooperatives.CertificateForm(
            "Ocop", "4", today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            today.AddDays(900).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), productId: rated.ProductId.Value);
        using var response = await cooperative.Owner.PostAsync($"/api/v1/cooperatives/{cooperative.Id}/certificates", form);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("certificateId").GetGuid();
    }

    private static async Task<(Guid? Rule, decimal Percent)> ApplicableAsync(HttpClient admin, TestCooperative cooperative)
    {
        var applicable = await (await admin.GetAsync($"/api/v1/admin/commission-rules/applicable?vendorId={cooperative.Id}")).JsonAsync();
        var rule = applicable.GetProperty("ruleId");
        return (rule.ValueKind == JsonValueKind.Null ? null : rule.GetGuid(), applicable.GetProperty("percent").GetDecimal());
    }
}
