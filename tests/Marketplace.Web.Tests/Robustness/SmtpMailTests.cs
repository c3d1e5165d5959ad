using System.Text.RegularExpressions;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Tests.Robustness;

/// <summary>
/// Mail outside Development goes through SMTP: here a real SMTP server on loopback (Debian's
/// aiosmtpd, writing what it takes into a Maildir) receives the reset mail a page sends, and a
/// host with neither an SMTP server nor "Pickup" chosen on purpose refuses to start.
/// </summary>
public sealed partial class SmtpMailTests : IAsyncLifetime
{
    private readonly string _maildir = Path.Combine(Path.GetTempPath(), $"marketplace-maildir-{Guid.NewGuid():N}");
    private LoopbackServer? _smtp;
    private MarketplaceFactory? _host;

    public async ValueTask InitializeAsync()
    {
        _smtp = await SharedServers.StartSmtpAsync(_maildir);
        _host = new MarketplaceFactory
        {
            Settings = new Dictionary<string, string>
            {
                ["Mail:Delivery"] = "Smtp",
                ["Mail:Smtp:Host"] = "127.0.0.1",
                ["Mail:Smtp:Port"] = _smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),

                // The loopback server offers no TLS; a real one does and STARTTLS stays required.
                ["Mail:Smtp:UseStartTls"] = "false",
            },
        };
        await _host.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_smtp is not null)
        {
            await _smtp.DisposeAsync();
        }

        if (Directory.Exists(_maildir))
        {
            Directory.Delete(_maildir, recursive: true);
        }
    }

    [Fact]
    public async Task AResetMail_ReachesTheSmtpServer_AndNoFileIsWritten()
    {
        var host = _host!;
        var (_, email) = await host.NewPersonAsync("smtp");
        var client = host.CreateClient();
        using (await client.SubmitAsync(
            await client.GetPageAsync("/account/forgot-password"), "main form", new Dictionary<string, string> { ["Input.Email"] = email }))
        {
        }

        var mail = SharedServers.Mails(_maildir).Select(f => MimeKit.MimeMessage.Load(f)).Single(m => m.To.Mailboxes.Any(b => b.Address == email));
        Assert.StartsWith($"{host.PublicBaseUrl}account/reset-password?", ResetLink().Match(mail.TextBody ?? string.Empty).Value, StringComparison.Ordinal);
        Assert.Equal("no-reply@htx-marketplace.vn", mail.From.Mailboxes.Single().Address);
        Assert.False(Directory.Exists(host.MailFolder) && Directory.GetFiles(host.MailFolder, "*.eml").Length > 0, "nothing goes to the pickup folder");
    }

    [Fact]
    public async Task OutsideDevelopment_AHostWithoutAnSmtpServer_DoesNotStart()
    {
        await using var host = new MarketplaceFactory { Settings = new Dictionary<string, string> { ["Mail:Delivery"] = string.Empty } };
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () => await host.InitializeAsync());
        var validation = failure as OptionsValidationException ?? failure.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains("Mail:Smtp:Host", validation.Message, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\S+/account/reset-password\?\S+")]
    private static partial Regex ResetLink();
}
