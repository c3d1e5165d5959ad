using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.Security;

/// <summary>
/// Where the marketplace says it lives, and which Host headers it answers. Absolute links come
/// from <c>Site:PublicBaseUrl</c> (required outside Development, where it defaults to the
/// <c>dotnet run</c> address); when <c>AllowedHosts</c> is left at "*" outside Development, only the
/// public address's host is answered, so a forged Host gets a 400 before any page runs.
/// Cookies are marked Secure whenever the request came over HTTPS, and HSTS is sent outside
/// Development (by <c>UseHsts</c> in <see cref="WebSetup"/>).
/// </summary>
internal static class PublicAddress
{
    private static readonly Uri DevelopmentAddress = new("http://localhost:5080");

    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<SiteOptions>()
            .Bind(configuration.GetSection(SiteOptions.Section))
            .PostConfigure(options =>
            {
                if (options.PublicBaseUrl is null && environment.IsDevelopment())
                {
                    options.PublicBaseUrl = DevelopmentAddress;
                }
            })
            .Validate(
                options => options.PublicBaseUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp),
                "Site:PublicBaseUrl must be the marketplace's public address, such as https://cho.htx.vn "
                + "(absolute links are made from it, never from the request's Host).")
            .ValidateOnStart();
        services.AddSingleton<PublicSite>();

        services.AddOptions<HostFilteringOptions>().PostConfigure<IOptions<SiteOptions>>((hosts, site) =>
        {
            if (!environment.IsDevelopment() && hosts.AllowedHosts.All(h => h == "*") && site.Value.PublicBaseUrl is { } url)
            {
                hosts.AllowedHosts = [url.IdnHost];
            }
        });

        // Secure whenever the request came over HTTPS, and always when the public address is
        // https: behind a proxy that ends TLS the request reaches us over plain HTTP.
        services.AddOptions<CookiePolicyOptions>().Configure<IOptions<SiteOptions>>((cookies, site) =>
            cookies.Secure = site.Value.PublicBaseUrl?.Scheme == Uri.UriSchemeHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);

            // ASP.NET leaves out localhost by default; outside Development (the only place HSTS is
            // sent) no host is special, and the HTTPS test reaches the host as localhost.
            options.ExcludedHosts.Clear();
        });
        return services;
    }
}
