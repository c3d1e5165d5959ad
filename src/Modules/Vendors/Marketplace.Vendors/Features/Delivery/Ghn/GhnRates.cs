using System.Net.Http.Json;
using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Vendors.Features.Delivery.Ghn;

/// <summary>"Carriers:Ghn:Quotes": how long checkout waits for GHN's price, its address lookup included.</summary>
internal sealed class GhnQuoteTimeouts : QuoteTimeouts
{
    public const string Section = "Carriers:Ghn:Quotes";
}

/// <summary>
/// GHN's fee API (POST /v2/shipping-order/fee), as its documentation describes it: the pickup and
/// delivery by GHN's own ids (district and ward, found by name in its master data), light goods
/// (<c>service_type_id</c> 2), the weight GHN will charge (the parcel's, or its boxes' volumetric
/// weight) and the goods' value to insure, answered <c>{"code":200,"data":{"total":…}}</c>. An
/// address GHN's book does not name, and any other answer (refused, 5xx after the retries, too
/// slow), is no answer: the alliance's table prices the parcel, and the days are the table's.
/// </summary>
internal sealed partial class GhnRates(
    HttpClient http, GhnAddresses addresses, IOptionsMonitor<GhnOptions> options, IOptions<GhnQuoteTimeouts> timeouts, IMemoryCache cache,
    ILogger<GhnRates> logger) : ICarrierRates
{
    public const string HttpClientName = "ghn-rates";

    public DeliveryCarrier Carrier => DeliveryCarrier.Ghn;

    public bool Configured => options.CurrentValue.Configured;

    public async Task<CarrierPrice?> QuoteAsync(CarrierParcel parcel, CancellationToken cancellationToken)
    {
        // GHN prices from a ward to a ward: without both communes, the table.
        if (string.IsNullOrWhiteSpace(parcel.ToCommune) || string.IsNullOrWhiteSpace(parcel.FromCommune))
        {
            return null;
        }

        return await RememberedQuotes.AskAsync(
            cache, ("ghn", parcel), timeouts.Value, patience => AskAsync(parcel, patience), ex => LogUnavailable(logger, ex), cancellationToken);
    }

    private async Task<CarrierPrice?> AskAsync(CarrierParcel parcel, CancellationToken cancellationToken)
    {
        var (from, _) = await addresses.FindAsync(parcel.FromProvince, parcel.FromCommune, cancellationToken);
        var (to, _) = await addresses.FindAsync(parcel.ToProvince, parcel.ToCommune!, cancellationToken);
        if (from is null || to is null)
        {
            return null;
        }

        try
        {
            using var request = options.CurrentValue.Request(HttpMethod.Post, "/v2/shipping-order/fee");
            request.Content = JsonContent.Create(
                new
                {
                    service_type_id = 2,
                    from_district_id = from.DistrictId,
                    from_ward_code = from.WardCode,
                    to_district_id = to.DistrictId,
                    to_ward_code = to.WardCode,
                    weight = (int)Math.Clamp(parcel.Grams, 1, int.MaxValue),
                    length = 1, // the weight sent is already what GHN charges for the boxes' size
                    width = 1,
                    height = 1,
                    insurance_value = Math.Min(parcel.ValueVnd, GhnOptions.MaxInsuranceVnd),
                },
                options: GhnJson.Options);
            using var response = await http.SendAsync(request, cancellationToken);
            var answer = await response.Content.ReadFromJsonAsync<GhnAnswer<Fee>>(GhnJson.Options, cancellationToken);
            if (answer is { Code: 200, Data.Total: >= 0 and var total })
            {
                return new CarrierPrice(total);
            }

            LogNoPrice(logger, (int)response.StatusCode, answer?.Message);
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            LogUnavailable(logger, ex);
        }

        return null;
    }

    private sealed record Fee(long Total);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHN gave no price (HTTP {Status}): {Message}; the alliance's table is used")]
    private static partial void LogNoPrice(ILogger logger, int status, string? message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHN did not answer; the alliance's table is used")]
    private static partial void LogUnavailable(ILogger logger, Exception? exception);
}

internal static class GhnRegistration
{
    public static IServiceCollection AddGhnRates(this IServiceCollection services)
    {
        services.AddGhn();
        services.AddOptions<GhnQuoteTimeouts>().BindConfiguration(GhnQuoteTimeouts.Section);
        services.AddHttpClient<ICarrierRates, GhnRates>(GhnRates.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddGatewayResilience<GhnQuoteTimeouts>();
        return services;
    }
}
