using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Marketplace.Web.Infrastructure.Security;

/// <summary>
/// Behind a load balancer every request comes from the balancer's address: the client's address
/// (what rate limits count by) and scheme (what makes the sign-in cookie Secure) arrive in
/// X-Forwarded-For and X-Forwarded-Proto. Those headers are taken only from the proxies named in
/// "ForwardedHeaders:KnownProxies" (addresses) and "ForwardedHeaders:KnownNetworks" (CIDR), besides
/// loopback, so that nobody else can choose their own address; the host is never taken from them
/// (links come from Site:PublicBaseUrl, and AllowedHosts checks the Host header).
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);

        // Read now, so that a mistyped address stops the start, not the first request.
        var proxies = (section.GetSection("KnownProxies").Get<string[]>() ?? [])
            .Select(p => IPAddress.TryParse(p, out var address) ? address : throw Misconfigured("KnownProxies", p))
            .ToList();
        var networks = (section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network : throw Misconfigured("KnownNetworks", n))
            .ToList();
        var hops = section.GetValue("ForwardLimit", 1);

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = hops;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    private static InvalidOperationException Misconfigured(string setting, string value) =>
        new($"{Section}:{setting} holds \"{value}\", which is not an IP address{(setting == "KnownNetworks" ? " range (CIDR)" : string.Empty)}.");
}
