using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;
using MiniExcelLibs;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>
/// The report of who joined counts what the test did between two readings of the same day:
/// accounts opened, cooperatives applied and approved, a business buyer registered and verified,
/// a certificate running out within the report's look-ahead and one beyond it. Tomorrow's report
/// compares itself with today's; its workbook says the same; its page shows the same.
/// </summary>
public sealed class MembersReportTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> ReportAsync(HttpClient admin, DateOnly from, DateOnly to) =>
        await (await admin.GetAsync($"/api/v1/admin/reports/members?from={Day(from)}&to={Day(to)}")).JsonAsync();

    private static int Figure(JsonElement report, string name) => report.GetProperty("totals").GetProperty(name).GetInt32();

    private static int Province(JsonElement report, string province, string figure) =>
        report.GetProperty("provinces").EnumerateArray().Where(p => p.GetProperty("province").GetString() == province)
            .Select(p => p.GetProperty(figure).GetInt32()).SingleOrDefault();

    [Fact]
    public async Task TheReport_CountsWhoJoined_AndTheCertificatesRunningOut_AndItsWorkbookAndPageSayTheSame()
    {
        using var admin = await factory.AdminAsync();
        var before = await ReportAsync(admin, Today, Today);

        await factory.NewPersonAsync("khach");
        await factory.NewPersonAsync("khach");
        var pending = await factory.ApplyAsync();
        var approved = await factory.ApprovedCooperativeAsync();
        await factory.VerifiedBusinessBuyerAsync();
        var certificates = new List<string>();
        foreach (var (number, days) in new[] { ($"VietGAP-HH-{Guid.NewGuid():N}"[..24], 30), ($"VietGAP-XA-{Guid.NewGuid():N}"[..24], 90) })
        {
            using var form = Cooperatives.CertificateForm("VietGap", null, Day(Today.AddDays(-100)), Day(Today.AddDays(days)), number: number);
            var submitted = await (await approved.Owner.PostAsync($"/api/v1/cooperatives/{approved.Id}/certificates", form)).JsonAsync();
            (await admin.PostAsJsonAsync(
                $"/api/v1/admin/certificates/{submitted.GetProperty("certificateId").GetGuid()}/decisions", new { decision = "Verify" }))
                .EnsureSuccessStatusCode();
            certificates.Add(number);
        }

        var after = await ReportAsync(admin, Today, Today);
        Assert.Equal(Figure(before, "accounts") + 5, Figure(after, "accounts")); // two shoppers, two cooperatives' owners, a business buyer
        Assert.Equal(Figure(before, "cooperativesApplied") + 2, Figure(after, "cooperativesApplied"));
        Assert.Equal(Figure(before, "cooperativesApproved") + 1, Figure(after, "cooperativesApproved"));
        Assert.Equal(Figure(before, "buyersRegistered") + 1, Figure(after, "buyersRegistered"));
        Assert.Equal(Figure(before, "buyersVerified") + 1, Figure(after, "buyersVerified"));
        Assert.Equal(Province(before, "Thái Nguyên", "applied") + 2, Province(after, "Thái Nguyên", "applied"));
        Assert.Equal(Province(before, "Thái Nguyên", "approved") + 1, Province(after, "Thái Nguyên", "approved"));
        var joined = after.GetProperty("cooperatives").EnumerateArray().ToDictionary(c => c.GetProperty("vendorId").GetGuid());
        Assert.Equal("Pending", joined[pending.Id].GetProperty("status").GetString());
        Assert.Equal("Approved", joined[approved.Id].GetProperty("status").GetString());
        Assert.Equal(Day(Today), joined[approved.Id].GetProperty("approvedOn").GetString());
        var expiring = after.GetProperty("expiring").EnumerateArray().Select(c => c.GetProperty("number").GetString()).ToList();
        Assert.Contains(certificates[0], expiring); // in 30 days: within the 60 the report looks ahead
        Assert.DoesNotContain(certificates[1], expiring); // in 90 days: beyond them
        Assert.Equal(Day(Today.AddDays(60)), after.GetProperty("expiringUntil").GetString());
        Assert.Equal(
            Figure(after, "accounts"), after.GetProperty("periods").EnumerateArray().Sum(p => p.GetProperty("figures").GetProperty("accounts").GetInt32()));

        // Tomorrow, nobody has joined yet, and today is the span it is compared with.
        var tomorrow = await ReportAsync(admin, Today.AddDays(1), Today.AddDays(1));
        Assert.Equal(0, Figure(tomorrow, "accounts"));
        Assert.Equal(Figure(after, "accounts"), tomorrow.GetProperty("previous").GetProperty("accounts").GetInt32());

        using var xlsx = await admin.GetAsync($"/api/v1/admin/reports/members/export?from={Day(Today)}&to={Day(Today)}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var workbook = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var periods = workbook.Query(useHeaderRow: true, sheetName: "Theo kỳ").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(Figure(after, "accounts"), periods.Sum(r => Convert.ToInt32(r["Tài khoản mới"], CultureInfo.InvariantCulture)));
        var soon = workbook.Query(useHeaderRow: true, sheetName: "Chứng nhận sắp hết hạn").Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(soon, r => (string?)r["Số chứng nhận"] == certificates[0]);
        var csv = Encoding.UTF8.GetString(await (await admin.GetAsync($"/api/v1/admin/reports/members/export?from={Day(Today)}&to={Day(Today)}"))
            .Content.ReadAsByteArrayAsync());
        Assert.Contains(approved.Name, csv, StringComparison.Ordinal);

        var pages = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var page = await pages.GetPageAsync($"/admin/reports/members?from={Day(Today)}&to={Day(Today)}&grain=Day");
        Assert.Contains(approved.Name, page.Text("#members-cooperatives"), StringComparison.Ordinal);
        Assert.Contains(certificates[0], page.Text("#members-expiring"), StringComparison.Ordinal);
        Assert.Contains(Figure(after, "accounts").ToString("N0", CultureInfo.GetCultureInfo("vi-VN")), page.Text("#members-totals"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await pages.GetAsync("/admin/reports/members")).StatusCode); // the last twelve months when none is asked
    }

    [Fact]
    public async Task ASpanOrGrainThatCannotBe_IsAProblemNamingTheField_OnTheApiAndThePage()
    {
        using var admin = await factory.AdminAsync();
        using (var backwards = await admin.GetAsync($"/api/v1/admin/reports/members?from={Day(Today)}&to={Day(Today.AddDays(-1))}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
            Assert.True((await backwards.JsonAsync()).GetProperty("errors").TryGetProperty("to", out _));
        }

        using (var grain = await admin.GetAsync($"/api/v1/admin/reports/members?from={Day(Today)}&to={Day(Today)}&grain=9"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, grain.StatusCode);
            Assert.True((await grain.JsonAsync()).GetProperty("errors").TryGetProperty("grain", out _));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/v1/admin/reports/members?from=hôm-nay&to={Day(Today)}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/api/v1/admin/reports/members/export?from={Day(Today)}&to=2200-01-01")).StatusCode);
        var shopper = (await factory.NewPersonAsync("khach")).Client;
        Assert.Equal(HttpStatusCode.Forbidden, (await shopper.GetAsync($"/api/v1/admin/reports/members?from={Day(Today)}&to={Day(Today)}")).StatusCode);

        var pages = await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword);
        var refused = await pages.GetPageAsync("/admin/reports/members?from=2026-12-09&to=2026-12-01");
        Assert.NotEmpty(refused.Text("[role=alert]"));
    }
}
