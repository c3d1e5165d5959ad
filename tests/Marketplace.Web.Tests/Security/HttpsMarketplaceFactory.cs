using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Marketplace.Web.Tests.Security;

/// <summary>The real host on Kestrel over real TLS (a self-signed certificate for localhost made here).</summary>
public sealed class HttpsMarketplaceFactory : MarketplaceFactory
{
    private readonly X509Certificate2 _certificate = SelfSigned();

    protected override void StartHost()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
        StartServer();
    }

    public Uri HttpsAddress => ClientOptions.BaseAddress;

    /// <summary>A client that trusts this test certificate and no other, and keeps no cookies, so each Set-Cookie can be read.</summary>
    public HttpClient HttpsClient()
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) => certificate?.GetCertHashString() == _certificate.GetCertHashString()
            },
        };
        var client = new HttpClient(handler) { BaseAddress = HttpsAddress };

        // The host the public address names (and AllowedHosts lets in), as a browser would send it.
        client.DefaultRequestHeaders.Host = "localhost";
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _certificate.Dispose();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }
}
