using System.Security.Cryptography.X509Certificates;
using Marketplace.Accounts;
using Microsoft.AspNetCore.DataProtection;

namespace Marketplace.Web.Accounts;

/// <summary>
/// What every instance needs to read what another wrote: the sign-in cookie, antiforgery tokens
/// and bearer tokens are protected by the data-protection key ring, so the ring lives in the
/// database every instance shares (not in each machine's profile folder, which a container loses
/// on restart), under one application name (the default is the content root's path, which
/// differs from host to host and would isolate each instance's tokens from the others').
/// </summary>
internal static class SharedKeys
{
    /// <summary>The name the key ring is isolated under; one for every instance of one marketplace.</summary>
    public const string DefaultApplicationName = "cooperative-marketplace";

    public static IServiceCollection AddSharedKeys(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("DataProtection");
        var keys = services.AddDataProtection()
            .SetApplicationName(section["ApplicationName"] is { Length: > 0 } name ? name : DefaultApplicationName)
            .PersistKeysToDbContext<AccountsDbContext>();

        // Keys are stored in the clear unless a certificate is configured; an operator who wants
        // them encrypted at rest (a database backup then holds no usable key) gives a PFX file.
        if (section["CertificatePath"] is { Length: > 0 } path)
        {
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"DataProtection:CertificatePath names {path}, which does not exist.");
            }

            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(path, section["CertificatePassword"]));
        }

        return services;
    }
}
