using System.Net.Http.Json;

namespace Marketplace.Web.Tests.Infrastructure;

public static class BusinessBuyers
{
    /// <summary>A new person whose company an admin has verified: a BulkBuyer, with a token issued after the role was granted.</summary>
    public static async Task<(HttpClient Client, string Email)> VerifiedBusinessBuyerAsync(this MarketplaceFactory factory, string prefix = "muasi")
    {
        var (person, email) = await factory.NewPersonAsync(prefix);
        var account = await (await person.PostAsJsonAsync("/api/v1/business-accounts", new
        {
            companyName = "Công ty TNHH Siêu thị Xanh",
            taxCode = TestTaxCodes.Next(),
            address = "12 Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh",
            contactPerson = "Phạm Minh Châu",
            phone = "028 3822 1234",
        })).JsonAsync();
        var admin = await factory.AdminAsync();
        (await admin.PostAsJsonAsync(
            $"/api/v1/admin/business-accounts/{account.GetProperty("businessAccountId").GetGuid()}/decisions", new { decision = "Verify" }))
            .EnsureSuccessStatusCode();
        await People.EventuallyAsync(
            async () => (await (await (await factory.BearerClientAsync(email, People.Password)).GetAsync("/api/v1/account/me")).JsonAsync())
                .GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "BulkBuyer"),
            "the BulkBuyer role");
        return (await factory.BearerClientAsync(email, People.Password), email);
    }
}
