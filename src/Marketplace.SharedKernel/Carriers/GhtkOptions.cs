using Marketplace.SharedKernel.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.SharedKernel.Carriers;

/// <summary>
/// Configuration section "Carriers:Ghtk", read by both of GHTK's users: Vendors prices parcels with
/// its fee API, Ordering books shipments, prints labels and takes its status callbacks. The
/// alliance's API token from GHTK's shop portal and its partner code (X-Client-Source); without
/// the token GHTK is priced by the alliance's table and parcels are booked by hand.
/// <see cref="Endpoint"/> is GHTK's API (https://services-staging.ghtklab.com for its staging; the
/// tests' loopback GHTK).
/// </summary>
public sealed class GhtkOptions : IGatewayTimeouts
{
    public const string Section = "Carriers:Ghtk";

    public string Endpoint { get; set; } = "https://services.giaohangtietkiem.vn";

    public string? Token { get; set; }

    public string? ClientSource { get; set; }

    /// <summary>
    /// The secret GHTK is given in the callback address (…/carriers/ghtk/callback?hash=…): GHTK signs
    /// its status callbacks with nothing else, so a callback without it is refused. Without it no
    /// callback is taken and parcels are moved on by hand.
    /// </summary>
    public string? CallbackHash { get; set; }

    /// <summary>A shopper waits on checkout for a quote: a slow GHTK is dropped for the table quickly.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(4);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(9);

    public int MaxRetries { get; set; } = 1;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(300);

    public bool Configured => !string.IsNullOrWhiteSpace(Token);

    /// <summary>A request to GHTK's API at <paramref name="path"/>, with the shop's token and partner code.</summary>
    public HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(new Uri(Endpoint), path));
        request.Headers.Add("Token", Token);
        if (!string.IsNullOrWhiteSpace(ClientSource))
        {
            request.Headers.Add("X-Client-Source", ClientSource);
        }

        return request;
    }
}

public static class GhtkConfiguration
{
    public static IServiceCollection AddGhtkOptions(this IServiceCollection services)
    {
        services.AddOptions<GhtkOptions>().BindConfiguration(GhtkOptions.Section);
        return services;
    }
}
