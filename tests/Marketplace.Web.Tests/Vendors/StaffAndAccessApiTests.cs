using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>An owner's people, and the wall between cooperatives: another cooperative's id gets 404, never data.</summary>
public sealed class StaffAndAccessApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TheOwner_InvitesStaff_WhoEditsTheStorefront_ButCannotManagePeople()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var (staff, staffEmail) = await factory.NewPersonAsync("nhanvien");

        using var invited = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/staff", new { email = staffEmail.ToUpperInvariant(), role = "Staff", culture = "en" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);

        var people = await (await staff.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/staff")).JsonAsync();
        Assert.Equal(
            [("Owner", cooperative.OwnerEmail), ("Staff", staffEmail)],
            people.EnumerateArray().Select(p => (p.GetProperty("role").GetString(), p.GetProperty("email").GetString())));

        using var edited = await staff.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/storefront", Cooperatives.StorefrontEdit(cooperative.Name + " Mới"));
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);

        using var invite = await staff.PostAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/staff", new { email = "ai-do@example.vn", role = "Owner" });
        Assert.Equal(HttpStatusCode.Forbidden, invite.StatusCode);
        Assert.Equal("staff.owner_only", (await invite.JsonAsync()).GetProperty("code").GetString());
        using var promote = await staff.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/staff/{staffEmail}", new { role = "Owner" });
        Assert.Equal(HttpStatusCode.Forbidden, promote.StatusCode);
        var after = await (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/staff")).JsonAsync();
        Assert.Equal(
            [("Owner", cooperative.OwnerEmail), ("Staff", staffEmail)],
            after.EnumerateArray().Select(p => (p.GetProperty("role").GetString(), p.GetProperty("email").GetString())));

        await People.EventuallyAsync(
            () => Task.FromResult(Directory.Exists(factory.MailFolder) && Directory.GetFiles(factory.MailFolder, "*.eml")
                .Select(File.ReadAllText)
                .Any(m => m.Contains(staffEmail, StringComparison.OrdinalIgnoreCase) && m.Contains("You are invited", StringComparison.Ordinal))),
            "the invitation mail in English");
    }

    [Fact]
    public async Task TheLastOwner_CannotBeRemovedOrDemoted_409_ButAnotherOwnerCanTakeOver()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        using var demote = await cooperative.Owner.PutAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/staff/{cooperative.OwnerEmail}", new { role = "Staff" });
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Equal("staff.last_owner", (await demote.JsonAsync()).GetProperty("code").GetString());
        using var remove = await cooperative.Owner.DeleteAsync($"/api/v1/cooperatives/{cooperative.Id}/staff/{cooperative.OwnerEmail}");
        Assert.Equal(HttpStatusCode.Conflict, remove.StatusCode);

        var (second, secondEmail) = await factory.NewPersonAsync("chu2");
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/staff", new { email = secondEmail, role = "Owner" })).Dispose();
        using var removed = await second.DeleteAsync($"/api/v1/cooperatives/{cooperative.Id}/staff/{cooperative.OwnerEmail}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await cooperative.Owner.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront")).StatusCode);
    }

    [Fact]
    public async Task APersonInvitedBeforeTheyHaveAnAccount_ActsForTheCooperative_OnceTheyRegisterWithThatAddress()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        var email = $"chua-co-{Guid.NewGuid():N}@example.vn";
        using var invited = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/staff", new { email = email.ToUpperInvariant(), role = "Staff", culture = "vi" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);

        var (someoneElse, _) = await factory.NewPersonAsync("nguoi-khac");
        Assert.Equal(HttpStatusCode.NotFound, (await someoneElse.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront")).StatusCode);

        using (var registered = await factory.CreateClient().PostAsJsonAsync(
            "/api/v1/account/register", new { email, password = People.Password, displayName = "Nhân viên mới" }))
        {
            registered.EnsureSuccessStatusCode();
        }

        using var staff = await factory.BearerClientAsync(email, People.Password);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront")).StatusCode);
    }

    [Fact]
    public async Task InvitingSomeoneTwice_Is409()
    {
        var cooperative = await factory.ApprovedCooperativeAsync();
        (await cooperative.Owner.PostAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/staff", new { email = "hai-lan@example.vn", role = "Staff" }))
            .Dispose();
        using var again = await cooperative.Owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/staff", new { email = "Hai-Lan@example.vn", role = "Staff" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("staff.already_member", (await again.JsonAsync()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task APersonOfCooperativeA_GetsNothingOfCooperativeB_ByAnyEndpoint()
    {
        var a = await factory.ApprovedCooperativeAsync();
        var b = await factory.ApprovedCooperativeAsync();
        var bId = b.Id;
        var bApplication = await (await b.Owner.GetAsync($"/api/v1/cooperatives/{bId}/application")).JsonAsync();
        var bDocument = bApplication.GetProperty("documents")[0].GetProperty("documentId").GetGuid();

        HttpRequestMessage[] attempts =
        [
            new(HttpMethod.Get, $"/api/v1/cooperatives/{bId}/application"),
            new(HttpMethod.Get, $"/api/v1/cooperatives/documents/{bDocument}"),
            new(HttpMethod.Get, $"/api/v1/cooperatives/{bId}/storefront"),
            new(HttpMethod.Put, $"/api/v1/cooperatives/{bId}/storefront") { Content = JsonContent.Create(Cooperatives.StorefrontEdit("Chiếm Quyền")) },
            new(HttpMethod.Get, $"/api/v1/cooperatives/{bId}/staff"),
            new(HttpMethod.Post, $"/api/v1/cooperatives/{bId}/staff") { Content = JsonContent.Create(new { email = "ke-gian@example.vn", role = "Owner" }) },
            new(HttpMethod.Delete, $"/api/v1/cooperatives/{bId}/staff/{b.OwnerEmail}"),
            new(HttpMethod.Get, $"/api/v1/cooperatives/{bId}/certificates"),
        ];
        foreach (var attempt in attempts)
        {
            using var response = await a.Owner.SendAsync(attempt);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{attempt.Method} {attempt.RequestUri}: {response.StatusCode}");
            Assert.DoesNotContain(b.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var settings = await (await b.Owner.GetAsync($"/api/v1/cooperatives/{bId}/storefront")).JsonAsync();
        Assert.Equal(b.Name, settings.GetProperty("name").GetString());
        var people = await (await b.Owner.GetAsync($"/api/v1/cooperatives/{bId}/staff")).JsonAsync();
        Assert.Single(people.EnumerateArray());
    }
}
