using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>
/// The alliance's support people act for a cooperative only while its owner lets them, never as
/// owners, and everything they change is in the audit log as done for that cooperative, which the
/// cooperative's people read.
/// </summary>
public sealed class SupportAccessTests(MarketplaceWithClockFactory factory) : IClassFixture<MarketplaceWithClockFactory>
{
    [Fact]
    public async Task TheSupportTeam_ActsForACooperativeOnlyWhileAllowed_AndEveryChangeIsAuditedAsDoneForIt()
    {
        var listing = await factory.Listing().WithStock(5).BuildAsync();
        var cooperative = listing.Cooperative;
        var (helper, helperEmail) = await factory.SupportPersonAsync("Thu Hà hỗ trợ");
        var variants = $"/api/v1/cooperatives/products/{listing.ProductId}/variants";

        // Before the owner allows it, the support person is an outsider: 404, like any other.
        Assert.Equal(HttpStatusCode.NotFound, (await helper.PostAsJsonAsync(variants, Variant("HT-1", 120_000))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await helper.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront")).StatusCode);

        using (var granted = await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/support", new { days = 7 }))
        {
            Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
            Assert.Equal(JsonValueKind.String, (await granted.JsonAsync()).GetProperty("endsAt").ValueKind);
        }

        Assert.Equal(HttpStatusCode.OK, (await helper.PostAsJsonAsync(variants, Variant("HT-1", 120_000))).StatusCode);
        using (var edited = await helper.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront", Cooperatives.StorefrontEdit(cooperative.Name + " Mới")))
        {
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }

        // A refused change changes nothing and is not recorded.
        Assert.Equal(HttpStatusCode.BadRequest, (await helper.PostAsJsonAsync(variants, Variant("HT-2", 0))).StatusCode);

        // Never an owner: not the people, not the money, not the leave itself.
        using (var invite = await helper.PostAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/staff", new { email = "ai@example.vn", role = "Owner" }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        }

        var account = new { bankName = "Agribank", accountNumber = "1500205104729", accountHolder = "NGUOI LA", country = "VN" };
        Assert.Equal(HttpStatusCode.Forbidden, (await helper.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/payout-account", account)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await helper.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/support", new { days = 30 })).StatusCode);

        // Nor is Support a role anyone is given (it once let the last owner stop being one).
        using (var demote = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/staff/{cooperative.OwnerEmail}", new { role = "Support" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        }

        using (var invited = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/staff", new { email = "hotro-gia@example.vn", role = "Support" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invited.StatusCode);
        }

        // The cooperative reads what was done for it, by whom, newest first.
        var history = (await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/support")).JsonAsync())
            .GetProperty("history").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("reason").GetString(), e.GetProperty("actorName").GetString()))
            .ToList();
        var signature = $"Thu Hà hỗ trợ ({helperEmail})";
        Assert.Equal(
            [("ActedForCooperative", "EditStorefront", signature), ("ActedForCooperative", "SaveVariant", signature)],
            history.Take(2));
        Assert.Equal(("GrantedSupport", null, "chu"), history[2]);
        Assert.Equal(3, history.Count);

        // The admins' audit log has the same entries, for this cooperative.
        using var admin = await factory.AdminAsync();
        var audit = await (await admin.GetAsync($"/api/v1/admin/audit?action=ActedForCooperative&subjectId={cooperative.Id}")).JsonAsync();
        Assert.Equal(2, audit.GetArrayLength());
        Assert.All(audit.EnumerateArray(), e => Assert.Equal("Cooperative", e.GetProperty("subjectType").GetString()));

        // The owner stops it: the next change is refused at once.
        Assert.Equal(HttpStatusCode.OK, (await cooperative.Owner.DeleteAsync($"/api/v1/cooperatives/{cooperative.Id}/support")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await helper.PostAsJsonAsync(variants, Variant("HT-3", 130_000))).StatusCode);
        var skus = (await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/products/{listing.ProductId}")).JsonAsync())
            .GetProperty("variants").EnumerateArray().Select(v => v.GetProperty("sku").GetString()).Order().ToList();
        Assert.Equal([.. new[] { "HT-1", listing.Sku }.Order()], skus);
    }

    [Fact]
    public async Task TheLeaveEndsByItself_AndOnlyTheSupportTeamIsLetIn()
    {
        var listing = await factory.Listing().WithStock(5).BuildAsync();
        var cooperative = listing.Cooperative;
        var (helper, helperEmail) = await factory.SupportPersonAsync("Hỗ trợ một ngày");
        var (stranger, _) = await factory.NewPersonAsync("nguoi-la");
        Assert.Equal(HttpStatusCode.OK, (await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/support",
            new { days = 1 })).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/today")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await helper.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/today")).StatusCode);
        var mine = await (await helper.GetAsync("/api/v1/cooperatives/mine")).JsonAsync();
        Assert.Contains(mine.EnumerateArray(),
            c => c.GetProperty("cooperativeId").GetGuid() == cooperative.Id && c.GetProperty("role").GetString() == "Support");

        foreach (var days in new[] { 0, 31, -1 })
        {
            using var wrong = await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/support", new { days });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        }

        try
        {
            factory.Clock.Shift = TimeSpan.FromHours(25);
            helper = await factory.BearerClientAsync(helperEmail, People.Password); // a token lasts an hour: the day after needs a new one
            Assert.Equal(HttpStatusCode.NotFound, (await helper.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/today")).StatusCode);
            var after = await (await helper.GetAsync("/api/v1/cooperatives/mine")).JsonAsync();
            Assert.DoesNotContain(after.EnumerateArray(), c => c.GetProperty("cooperativeId").GetGuid() == cooperative.Id);
        }
        finally
        {
            factory.Clock.Shift = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task TheOwnerAllowsSupportOnTheStaffPage_AndTheSupportPersonFindsTheCooperativeOnTheirList()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var (_, helperEmail) = await factory.SupportPersonAsync("Người hỗ trợ trang");

        var owner = await factory.SignedInPagesAsync(cooperative.OwnerEmail);
        var staff = await owner.GetPageAsync($"/cooperatives/{cooperative.Id}/staff");
        Assert.Contains("cho phép bộ phận hỗ trợ", staff.Text("#support-status"), StringComparison.Ordinal);
        using var granted = await owner.SubmitAsync(staff, "#support-grant-form", new Dictionary<string, string> { ["SupportDays"] = "3" });
        var after = await Html.ParseAsync(granted);
        Assert.Contains("đang được phép", after.Text("#support-status"), StringComparison.Ordinal);
        Assert.Contains("Cho phép hỗ trợ đến", after.Text("#support-history"), StringComparison.Ordinal);

        var helper = await factory.SignedInPagesAsync(helperEmail);
        var mine = await helper.GetPageAsync("/cooperatives/mine");
        Assert.Contains(cooperative.Name, mine.Text("#my-cooperatives"), StringComparison.Ordinal);
        Assert.Contains("Hỗ trợ của Liên minh", mine.Text("#my-cooperatives"), StringComparison.Ordinal);
        var helperStaff = await helper.GetPageAsync($"/cooperatives/{cooperative.Id}/staff");
        Assert.Null(helperStaff.Document.QuerySelector("#support-grant-form"));
        Assert.Null(helperStaff.Document.QuerySelector("#invite-form"));
    }

    [Fact]
    public async Task AnAdminKeepsTheTeam_OnlyRegisteredAccountsJoin_AndARemovedPersonLosesAccessAtOnce()
    {
        using var admin = await factory.AdminAsync();
        using (var unknown = await admin.PostAsJsonAsync("/api/v1/admin/support-team", new { email = "khong-co@example.vn", name = "Ai đó" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, unknown.StatusCode);
            Assert.Equal("support.no_account", (await unknown.JsonAsync()).GetProperty("code").GetString());
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/api/v1/admin/support-team", new { email = "x", name = "" })).StatusCode);

        var cooperative = await factory.ApprovedCooperativeAsync();
        var (helper, helperEmail) = await factory.SupportPersonAsync("Sắp nghỉ");
        using (var twice = await admin.PostAsJsonAsync("/api/v1/admin/support-team", new { email = helperEmail, name = "Lần nữa" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        }

        (await cooperative.Owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/support", new { days = 7 })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.OK, (await helper.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/today")).StatusCode);

        var team = await (await admin.GetAsync("/api/v1/admin/support-team")).JsonAsync();
        var person = team.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("email").GetString() == helperEmail);
        Assert.Contains(team.GetProperty("supported").EnumerateArray(), s => s.GetProperty("cooperativeId").GetGuid() == cooperative.Id);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/admin/support-team/{person.GetProperty("userId").GetGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await helper.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/today")).StatusCode);

        var page = await (await factory.SignedInPagesAsync(People.AdminEmail, People.AdminPassword)).GetPageAsync("/admin/support-team");
        Assert.Contains("Lê Thu Hà", page.Text("#support-people"), StringComparison.Ordinal);
    }

    private static object Variant(string sku, long price) =>
        new { sku, unit = "bag", netWeightGrams = 250, priceVnd = price, stock = 3, minOrderQuantity = 1, tiers = Array.Empty<object>() };
}
