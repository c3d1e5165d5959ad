using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Vendors.Features.Delivery.Ghtk;

/// <summary>
/// GHTK's fee API (GET /services/shipment/fee): the parcel's pickup and delivery address by name
/// (province and ward, as GHTK takes them since the 2025 merger removed districts), its weight in
/// grams and declared value, by road. GHTK answers <c>{"success":true,"fee":{"fee":…,"delivery":true}}</c>;
/// <c>"delivery":false</c> means it does not serve that address. Any other answer (refused, 5xx
/// after the retries, not JSON, too slow) is no answer: the alliance's table prices the parcel.
/// </summary>
internal sealed partial class GhtkRates(HttpClient http, IOptionsMonitor<GhtkOptions> options, IMemoryCache cache, ILogger<GhtkRates> logger)
    : ICarrierRates
{
    /// <summary>
    /// How long an answer is used again for the same parcel and addresses: the checkout page, each
    /// province change and the order itself ask within minutes, and GHTK's prices change by the month.
    /// </summary>
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(10);

    public const string HttpClientName = "ghtk";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public DeliveryCarrier Carrier => DeliveryCarrier.Ghtk;

    public bool Configured => options.CurrentValue.Configured;

    public async Task<CarrierPrice?> QuoteAsync(CarrierParcel parcel, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(parcel, out CarrierPrice? known))
        {
            return known;
        }

        var price = await AskAsync(parcel, cancellationToken);
        if (price is not null)
        {
            // Only an answer: no answer is asked again next time.
            cache.Set(parcel, price, Remembered);
        }

        return price;
    }

    private async Task<CarrierPrice?> AskAsync(CarrierParcel parcel, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var query = QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("pick_province", parcel.FromProvince),
            new("pick_ward", parcel.FromCommune),
            new("pick_address", parcel.FromAddress),
            new("province", parcel.ToProvince),
            new("ward", parcel.ToCommune ?? string.Empty),
            new("weight", parcel.Grams.ToString(CultureInfo.InvariantCulture)),
            new("value", parcel.ValueVnd.ToString(CultureInfo.InvariantCulture)),
            new("transport", "road"),
            new("deliver_option", "none"),
        });
        try
        {
            using var request = settings.Request(HttpMethod.Get, "/services/shipment/fee" + query);

            using var response = await http.SendAsync(request, cancellationToken);
            var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<FeeAnswer>(Json, cancellationToken) : null;
            if (answer is { Success: true, Fee: { } fee })
            {
                return fee.Delivery ? new CarrierPrice(fee.Fee + fee.InsuranceFee) : CarrierPrice.NotServed;
            }

            LogNoPrice(logger, (int)response.StatusCode, answer?.Message);
        }
        // A misconfigured endpoint or token (UriFormatException, FormatException) is no answer too,
        // not a checkout that fails: the table prices the parcel, and the log says why.
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            LogUnavailable(logger, ex);
        }

        return null;
    }

    private sealed record FeeAnswer(bool Success, string? Message, FeeDetail? Fee);

    private sealed record FeeDetail(
        long Fee,
        [property: JsonPropertyName("insurance_fee")] long InsuranceFee,
        bool Delivery);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHTK gave no price (HTTP {Status}): {Message}; the alliance's table is used")]
    private static partial void LogNoPrice(ILogger logger, int status, string? message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHTK did not answer; the alliance's table is used")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}

internal static class GhtkRegistration
{
    public static IServiceCollection AddGhtkRates(this IServiceCollection services)
    {
        services.AddGhtkOptions();
        services.AddMemoryCache();
        services.AddHttpClient<ICarrierRates, GhtkRates>(GhtkRates.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddGatewayResilience<GhtkOptions>();
        return services;
    }
}
