using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>People of the marketplace as the API sees them: registered, then holding a bearer token.</summary>
public static class People
{
    public const string AdminEmail = "admin@htx-marketplace.vn";
    public const string AdminPassword = "Admin#Demo2025";
    public const string Password = "Thu#Nghiem2026";

    /// <summary>
    /// The rounds of PBKDF2 a test host hashes passwords with (Identity:PasswordHasher, 100,000 by
    /// default): the same hasher, a hundredth of the work, for the thousands of accounts the tests open.
    /// </summary>
    public const string PasswordHashRounds = "1000";

    /// <summary>A new person, registered through the API, with a client that sends their token.</summary>
    public static async Task<(HttpClient Client, string Email)> NewPersonAsync(this MarketplaceFactory factory, string prefix = "nguoi")
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@example.vn";
        using (var registered = await factory.CreateClient().PostAsJsonAsync(
            "/api/v1/account/register", new { email, password = Password, displayName = prefix }))
        {
            registered.EnsureSuccessStatusCode();
        }

        return (await factory.BearerClientAsync(email, Password), email);
    }

    /// <summary>A new person an admin puts on the alliance's support team, under the name cooperatives will see.</summary>
    public static async Task<(HttpClient Client, string Email)> SupportPersonAsync(this MarketplaceFactory factory, string name)
    {
        var (client, email) = await factory.NewPersonAsync("hotro");
        using var admin = await factory.AdminAsync();
        using var added = await admin.PostAsJsonAsync("/api/v1/admin/support-team", new { email, name });
        Assert.Equal(System.Net.HttpStatusCode.Created, added.StatusCode);
        return (client, email);
    }

    public static Task<HttpClient> AdminAsync(this MarketplaceFactory factory) => factory.BearerClientAsync(AdminEmail, AdminPassword);

    /// <summary>A client carrying a fresh token: roles granted since the last token show in this one.</summary>
    public static async Task<HttpClient> BearerClientAsync(this MarketplaceFactory factory, string email, string password)
    {
        var client = factory.CreateClient();
        using var token = await client.PostAsJsonAsync("/api/v1/account/token", new { email, password });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.JsonAsync()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>A browser-like client (cookies, redirects) signed in through the login page.</summary>
    public static async Task<HttpClient> SignedInPagesAsync(this MarketplaceFactory factory, string email, string password = Password)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient();
        var login = await client.GetPageAsync("/account/login");
        using var response = await client.SubmitAsync(
            login, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Contains(email, (await Html.ParseAsync(response)).Text(".hello"), StringComparison.OrdinalIgnoreCase);
        return client;
    }

    /// <summary>A client whose requests and problem titles are in English.</summary>
    public static HttpClient InEnglish(this HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        return client;
    }

    /// <summary>Waits for what the outbox delivers in the background.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what)
    {
        ArgumentNullException.ThrowIfNull(condition);
        // Generous: on a busy 2-core CI machine the outbox's next pass can come late.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Timed out waiting for {what}.");
    }
}
