using System.Net;
using AngleSharp.Html.Parser;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Security;

/// <summary>Over a real HTTPS endpoint: every cookie is Secure, and browsers are told to stay on HTTPS.</summary>
public sealed class TransportSecurityTests(HttpsMarketplaceFactory factory) : IClassFixture<HttpsMarketplaceFactory>
{
    [Fact]
    public async Task OverHttps_EveryCookieIsSecure_AndHstsIsSent()
    {
        using var client = factory.HttpsClient();

        using var login = await client.GetAsync("/account/login");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal("https", factory.HttpsAddress.Scheme);
        var hsts = Assert.Single(login.Headers.GetValues("Strict-Transport-Security"));
        Assert.Contains("max-age=31536000", hsts, StringComparison.Ordinal);

        // The sign-in page sets the antiforgery cookie, signing in the session cookie.
        var antiforgery = Cookies(login).Single(c => c.StartsWith("htx.antiforgery=", StringComparison.Ordinal));
        var page = await new HtmlParser().ParseDocumentAsync(await login.Content.ReadAsStringAsync());
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "admin@htx-marketplace.vn",
                ["Input.Password"] = "Admin#Demo2025",
                ["__RequestVerificationToken"] = token,
            }),
        };
        signIn.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        using var signedIn = await client.SendAsync(signIn);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var cookies = Cookies(login).Concat(Cookies(signedIn)).ToList();
        Assert.Contains(cookies, c => c.StartsWith("htx.auth=", StringComparison.Ordinal));
        Assert.All(cookies, c => Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase));
    }

    private static IEnumerable<string> Cookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];
}

/// <summary>TLS ended by a proxy: requests reach the host over plain HTTP, its public address is https.</summary>
public sealed class BehindTlsProxyFactory : MarketplaceFactory
{
    public override string PublicBaseUrl => "https://localhost/";
}

/// <summary>Behind a proxy that ends TLS, the host sees plain HTTP: its cookies are Secure all the same.</summary>
public sealed class BehindTlsProxyTests(BehindTlsProxyFactory factory) : IClassFixture<BehindTlsProxyFactory>
{
    [Fact]
    public async Task WithAnHttpsPublicAddress_CookiesAreSecure_EvenOverPlainHttpFromTheProxy()
    {
        using var login = await factory.CreateClient().GetAsync("/account/login");
        var antiforgery = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("htx.antiforgery=", StringComparison.Ordinal));
        Assert.Contains("; secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }
}
