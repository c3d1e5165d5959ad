using System.Net;
using System.Net.Http.Json;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Vendors;

/// <summary>A business buyer registers, an admin verifies, and only then is the person a BulkBuyer.</summary>
public sealed class BusinessAccountApiTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static object Company(string taxCode) => new
    {
        companyName = "Công ty TNHH Siêu thị Xanh",
        taxCode,
        address = "12 Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh",
        contactPerson = "Phạm Minh Châu",
        phone = "028 3822 1234",
    };

    private static async Task<string[]> RolesAsync(MarketplaceFactory factory, string email) =>
        (await (await (await factory.BearerClientAsync(email, People.Password)).GetAsync("/api/v1/account/me")).JsonAsync())
            .GetProperty("roles").EnumerateArray().Select(r => r.GetString()!).ToArray();

    [Fact]
    public async Task Verifying_MakesThePersonABulkBuyer_AndIsAudited()
    {
        var (buyer, email) = await factory.NewPersonAsync("muasi");
        using var registered = await buyer.PostAsJsonAsync("/api/v1/business-accounts", Company(TestTaxCodes.Next()));
        var account = await registered.JsonAsync();
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        Assert.Equal("Pending", account.GetProperty("status").GetString());
        Assert.DoesNotContain("BulkBuyer", await RolesAsync(factory, email));

        var admin = await factory.AdminAsync();
        var queue = await (await admin.GetAsync("/api/v1/admin/business-accounts?status=Pending")).JsonAsync();
        var id = account.GetProperty("businessAccountId").GetGuid();
        Assert.Contains(queue.EnumerateArray(), a => a.GetProperty("businessAccountId").GetGuid() == id);

        using var verified = await admin.PostAsJsonAsync($"/api/v1/admin/business-accounts/{id}/decisions", new { decision = "Verify" });
        Assert.Equal("Verified", (await verified.JsonAsync()).GetProperty("status").GetString());
        await People.EventuallyAsync(async () => (await RolesAsync(factory, email)).Contains("BulkBuyer"), "the BulkBuyer role");

        var audit = await (await admin.GetAsync($"/api/v1/admin/audit?subjectId={id}")).JsonAsync();
        Assert.Equal("VerifyBusinessAccount", Assert.Single(audit.EnumerateArray()).GetProperty("action").GetString());

        using var twice = await admin.PostAsJsonAsync($"/api/v1/admin/business-accounts/{id}/decisions", new { decision = "Reject", reason = "Nhầm." });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
    }

    [Fact]
    public async Task ARejectedBuyer_StaysAShopper_AndMayRegisterAgain()
    {
        var (buyer, email) = await factory.NewPersonAsync("muasi");
        var id = (await (await buyer.PostAsJsonAsync("/api/v1/business-accounts", Company(TestTaxCodes.Next()))).JsonAsync())
            .GetProperty("businessAccountId").GetGuid();
        var admin = await factory.AdminAsync();

        using (var noReason = await admin.PostAsJsonAsync($"/api/v1/admin/business-accounts/{id}/decisions", new { decision = "Reject" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        }

        using (var rejected = await admin.PostAsJsonAsync(
            $"/api/v1/admin/business-accounts/{id}/decisions", new { decision = "Reject", reason = "Mã số thuế không khớp tên công ty." }))
        {
            Assert.Equal("Rejected", (await rejected.JsonAsync()).GetProperty("status").GetString());
        }

        Assert.Equal(["Shopper"], await RolesAsync(factory, email));
        using var again = await buyer.PostAsJsonAsync("/api/v1/business-accounts", Company(TestTaxCodes.Next()));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        var mine = await (await buyer.GetAsync("/api/v1/business-accounts/mine")).JsonAsync();
        Assert.Equal(["Pending", "Rejected"], mine.EnumerateArray().Select(a => a.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task ASecondRegistrationWhileOneIsPending_Is409_AndABadTaxCodeOrPhoneIs400()
    {
        var (buyer, _) = await factory.NewPersonAsync("muasi");
        (await buyer.PostAsJsonAsync("/api/v1/business-accounts", Company(TestTaxCodes.Next()))).Dispose();
        using var second = await buyer.PostAsJsonAsync("/api/v1/business-accounts", Company(TestTaxCodes.Next()));
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("business_account.exists", (await second.JsonAsync()).GetProperty("code").GetString());

        var (other, _) = await factory.NewPersonAsync("muasi");
        using var bad = await other.InEnglish().PostAsJsonAsync("/api/v1/business-accounts", new { companyName = "", taxCode = "12345", phone = "abc" });
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True(errors.TryGetProperty("TaxCode", out _));
        Assert.True(errors.TryGetProperty("Phone", out _));
        Assert.True(errors.TryGetProperty("CompanyName", out _));
        Assert.Empty((await (await other.GetAsync("/api/v1/business-accounts/mine")).JsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task OnlyAdmins_SeeTheQueueOrDecide()
    {
        var (person, _) = await factory.NewPersonAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await person.GetAsync("/api/v1/admin/business-accounts")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await person.PostAsJsonAsync($"/api/v1/admin/business-accounts/{Guid.NewGuid()}/decisions", new { decision = "Verify" })).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await (await factory.AdminAsync()).PostAsJsonAsync(
                $"/api/v1/admin/business-accounts/{Guid.NewGuid()}/decisions", new { decision = "Verify" })).StatusCode);
    }
}
