using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.SharedKernel.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.SharedKernel.Carriers;

/// <summary>
/// Configuration section "Carriers:Ghn": the alliance's account with Giao Hàng Nhanh, its API token
/// (GHN's shop portal, "Token API") and the id of the shop parcels are booked under. Without both
/// GHN is priced by the alliance's table and its parcels are booked by hand. <see cref="Endpoint"/>
/// is GHN's API gateway (https://dev-online-gateway.ghn.vn for its sandbox; the tests' loopback GHN).
/// </summary>
public sealed class GhnOptions : IGatewayTimeouts
{
    public const string Section = "Carriers:Ghn";

    /// <summary>GHN insures a parcel's goods up to this value (₫): its fee and its booking are both given no more.</summary>
    public const long MaxInsuranceVnd = 5_000_000;

    public string Endpoint { get; set; } = "https://online-gateway.ghn.vn";

    public string? Token { get; set; }

    public int? ShopId { get; set; }

    /// <summary>
    /// The secret in the callback address registered in GHN's portal (…/carriers/ghn/callback?hash=…):
    /// GHN signs its webhook with nothing else, so a callback without it is refused, and one for
    /// another shop too. Without it no GHN callback is taken.
    /// </summary>
    public string? CallbackHash { get; set; }

    /// <summary>A person at the packing table waits for a booking: patient, and a retry is safe (GHN takes our code once).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(25);

    public int MaxRetries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public bool Configured => !string.IsNullOrWhiteSpace(Token) && ShopId is > 0;

    /// <summary>A request to GHN's public API at <paramref name="path"/> (under /shiip/public-api), with the token and shop id.</summary>
    public HttpRequestMessage Request(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(new Uri(Endpoint), "/shiip/public-api" + path));
        request.Headers.Add("Token", Token);
        request.Headers.Add("ShopId", ShopId?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request;
    }
}

/// <summary>GHN's answers all come in one envelope: <c>{"code":200,"message":"Success","data":…}</c>, another code a refusal.</summary>
public sealed record GhnAnswer<T>(int Code, string? Message, T? Data);

public static class GhnJson
{
    /// <summary>GHN names its order fields in snake case, and writes some fees as strings ("33000").</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}

public static class GhnConfiguration
{
    /// <summary>GHN's options and its address book (<see cref="GhnAddresses"/>), once however many modules ask.</summary>
    public static IServiceCollection AddGhn(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(GhnAddresses)))
        {
            return services;
        }

        services.AddOptions<GhnOptions>().BindConfiguration(GhnOptions.Section);
        services.AddMemoryCache();
        services.AddHttpClient<GhnAddresses>(GhnAddresses.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddGatewayResilience<GhnOptions>();
        return services;
    }
}
