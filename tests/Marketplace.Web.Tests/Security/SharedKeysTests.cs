using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Marketplace.Accounts;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Security;

/// <summary>
/// Two instances of one build on one database, each with its own content root as on two machines:
/// what one signs (the sign-in cookie, an antiforgery token, a bearer token) the other reads,
/// because the key ring is in the database under one application name.
/// </summary>
public sealed class SharedKeysTests
{
    [Fact]
    public async Task ACookieAFormAndATokenMadeByOneInstance_AreTakenByTheOther()
    {
        await using var database = await MarketplaceFactory.SeededDatabaseAsync();
        var elsewhere = Directory.CreateTempSubdirectory("marketplace-instance-");
        try
        {
            await using var first = new HostOnDatabase(database, TimeSpan.FromMilliseconds(100));
            await first.InitializeAsync();
            await using var second = new HostOnDatabase(database, TimeSpan.FromMilliseconds(100)) { ContentRoot = elsewhere.FullName };
            await second.InitializeAsync();

            // A bearer token from the first, on the second's API.
            var (api, email) = await first.NewPersonAsync("khach");
            using var onSecond = second.CreateClient();
            onSecond.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;
            Assert.Equal(HttpStatusCode.OK, (await onSecond.GetAsync("/api/v1/orders")).StatusCode);

            // Signed in on the first, one browser's cookies, and a page of the second.
            var cookies = new CookieContainer();
            using var browserOnFirst = first.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies));
            using var browserOnSecond = second.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies));
            var login = await browserOnFirst.GetPageAsync("/account/login");
            using (var signedIn = await browserOnFirst.SubmitAsync(
                login, "main form", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = People.Password }))
            {
                Assert.Contains(email, (await Html.ParseAsync(signedIn)).Text(".hello"), StringComparison.OrdinalIgnoreCase);
            }

            var orders = await browserOnSecond.GetPageAsync("/orders");
            Assert.Contains(email, orders.Text(".hello"), StringComparison.OrdinalIgnoreCase);

            // A form the first served, posted to the second: its antiforgery token is read there.
            var form = await browserOnFirst.GetPageAsync("/orders");
            using var posted = await browserOnSecond.SubmitAsync(form, "form.language", new Dictionary<string, string>(), submitValue: "en");
            Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
            Assert.Equal("en", (await Html.ParseAsync(posted)).Document.DocumentElement.GetAttribute("lang"));

            // The ring is in the database, where a restarted or a third instance finds it.
            await using var scope = second.CreateScope();
            Assert.NotEmpty(await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().DataProtectionKeys.ToListAsync());
        }
        finally
        {
            elsewhere.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task WithACertificate_TheKeysAreStoredEncrypted_AndStillWork()
    {
        await using var factory = new KeysUnderCertificateFactory();
        await factory.InitializeAsync();
        var (api, _) = await factory.NewPersonAsync("khach");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/orders")).StatusCode);

        await using var scope = factory.CreateScope();
        var keys = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().DataProtectionKeys.ToListAsync();
        Assert.NotEmpty(keys);
        Assert.All(keys, key =>
        {
            Assert.Contains("encryptedSecret", key.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("unencrypted form", key.Xml, StringComparison.Ordinal);
        });
    }

    /// <summary>A host given a PFX file to encrypt the key ring with, as an operator configures it.</summary>
    private sealed class KeysUnderCertificateFactory : MarketplaceFactory
    {
        private const string Password = "pfx-Thu-Nghiem";

        private readonly string _path = Path.Combine(Path.GetTempPath(), $"marketplace-keys-{Guid.NewGuid():N}.pfx");

        public KeysUnderCertificateFactory()
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=marketplace-keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(_path, certificate.Export(X509ContentType.Pfx, Password));
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("DataProtection:CertificatePath", _path);
            builder.UseSetting("DataProtection:CertificatePassword", Password);
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            File.Delete(_path);
        }
    }
}
