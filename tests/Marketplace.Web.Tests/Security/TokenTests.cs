using System.Net;
using System.Net.Http.Json;
using System.Text;
using Marketplace.Accounts;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Security;

/// <summary>The API's bearer token: no refresh token it cannot spend; roles and revocation that do not wait for it to expire.</summary>
public sealed class TokenTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TheTokenAnswer_HasAnAccessTokenForAnHour_AndNoRefreshToken()
    {
        var (_, email) = await factory.NewPersonAsync("token");
        using var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/account/token", new { email, password = People.Password });
        var token = await response.JsonAsync();

        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.False(string.IsNullOrEmpty(token.GetProperty("accessToken").GetString()));
        Assert.Equal(3600, token.GetProperty("expiresIn").GetInt64());
        Assert.False(token.TryGetProperty("refreshToken", out _));
    }

    [Fact]
    public async Task ABuyerVerifiedAfterSigningIn_GetsTheBulkBuyerRole_WithTheSameToken()
    {
        var (person, _) = await factory.NewPersonAsync("muasi");
        Task<HttpResponseMessage> BulkCheckAsync() =>
            person.PostAsync("/api/v1/cart/bulk?checkOnly=true", new StringContent("sku,quantity\nTP-MC-500,1\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, (await BulkCheckAsync()).StatusCode);

        var account = await (await person.PostAsJsonAsync("/api/v1/business-accounts", new
        {
            companyName = "Công ty TNHH Nông sản Việt",
            taxCode = TestTaxCodes.Next(),
            address = "5 Trần Phú, Hà Nội",
            contactPerson = "Lê Thu",
            phone = "024 3822 1234",
        })).JsonAsync();
        var admin = await factory.AdminAsync();
        (await admin.PostAsJsonAsync(
            $"/api/v1/admin/business-accounts/{account.GetProperty("businessAccountId").GetGuid()}/decisions", new { decision = "Verify" }))
            .EnsureSuccessStatusCode();

        await People.EventuallyAsync(
            async () => (await BulkCheckAsync()).StatusCode == HttpStatusCode.OK,
            "the verified buyer's bulk order check, with the token made before the verification");
    }

    [Fact]
    public async Task APasswordReset_EndsTheTokensMadeBeforeIt()
    {
        var (person, email) = await factory.NewPersonAsync("doimatkhau");
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync("/api/v1/account/me")).StatusCode);

        await using (var scope = factory.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<MarketplaceUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.True((await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), "Moi#MatKhau2026")).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await person.GetAsync("/api/v1/account/me")).StatusCode);
        var fresh = await factory.BearerClientAsync(email, "Moi#MatKhau2026");
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/v1/account/me")).StatusCode);
    }
}
