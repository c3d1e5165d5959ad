using System.Net;
using System.Text.RegularExpressions;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Security;

/// <summary>Absolute links come from Site:PublicBaseUrl; a request for another host is refused before any page runs.</summary>
public sealed partial class TrustedAddressTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task ForgotPassword_MailsALinkToThePublicAddress_NotToTheRequestsHost()
    {
        var (_, email) = await factory.NewPersonAsync("quenmatkhau");
        var client = factory.CreateClient(); // http://localhost: the public address is http://localhost:8080/
        using (await client.SubmitAsync(
            await client.GetPageAsync("/account/forgot-password"), "main form", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
        }

        var body = Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
            .Single(m => m.To.Mailboxes.Any(b => b.Address == email)).TextBody ?? string.Empty;
        Assert.StartsWith($"{factory.PublicBaseUrl}account/reset-password?", ResetLink().Match(body).Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/account/forgot-password")]
    [InlineData("/api/v1/products")]
    [InlineData("/")]
    public async Task ARequestForAForgedHost_IsRefused(string path)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Host = "attacker.example";
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AForgedHostCannotAskForAResetLink()
    {
        var (_, email) = await factory.NewPersonAsync("gia-mao");
        var client = factory.CreateClient();
        var form = await client.GetPageAsync("/account/forgot-password");
        client.DefaultRequestHeaders.Host = "attacker.example";
        using var response = await client.SubmitAsync(form, "main form", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(
            Directory.Exists(factory.MailFolder) ? Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f)) : [],
            m => m.To.Mailboxes.Any(b => b.Address == email));
    }

    [GeneratedRegex(@"\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
