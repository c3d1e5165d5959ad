using Marketplace.SharedKernel.Carriers;
using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Vendors.Features.Delivery.ViettelPost;

/// <summary>"Carriers:ViettelPost:Quotes": how long checkout waits for Viettel Post's price, sign-in and address lookup included.</summary>
internal sealed class ViettelPostQuoteTimeouts : QuoteTimeouts
{
    public const string Section = "Carriers:ViettelPost:Quotes";
}

/// <summary>
/// Viettel Post's prices (<see cref="ViettelPostServices"/>): both communes by its ids, found by
/// name in its address book; the price of the service the alliance books by (its contract's, or
/// the cheapest). No service on the route is Viettel Post's word that it does not deliver there; an
/// address its book does not name, a refusal, or no answer in time is the alliance's table. The
/// days are the table's, as for GHTK and GHN.
/// </summary>
internal sealed partial class ViettelPostRates(
    HttpClient http, ViettelPostSession session, ViettelPostAddresses addresses, IOptionsMonitor<ViettelPostOptions> options,
    IOptions<ViettelPostQuoteTimeouts> timeouts, IMemoryCache cache, ILogger<ViettelPostRates> logger) : ICarrierRates
{
    public const string HttpClientName = "viettelpost-rates";

    public DeliveryCarrier Carrier => DeliveryCarrier.ViettelPost;

    public bool Configured => options.CurrentValue.Configured;

    public async Task<CarrierPrice?> QuoteAsync(CarrierParcel parcel, CancellationToken cancellationToken)
    {
        // Viettel Post prices from a commune to a commune: without both, the table.
        if (string.IsNullOrWhiteSpace(parcel.ToCommune) || string.IsNullOrWhiteSpace(parcel.FromCommune))
        {
            return null;
        }

        return await RememberedQuotes.AskAsync(
            cache, ("viettelpost", parcel), timeouts.Value, patience => AskAsync(parcel, patience), ex => LogUnavailable(logger, ex), cancellationToken);
    }

    private async Task<CarrierPrice?> AskAsync(CarrierParcel parcel, CancellationToken cancellationToken)
    {
        var (from, _) = await addresses.FindAsync(parcel.FromProvince, parcel.FromCommune, cancellationToken);
        var (to, _) = await addresses.FindAsync(parcel.ToProvince, parcel.ToCommune!, cancellationToken);
        if (from is null || to is null)
        {
            return null;
        }

        var route = new ViettelPostRoute(from, to, parcel.Grams, parcel.ValueVnd, 0);
        var (services, refusal) = await ViettelPostServices.ForRouteAsync(session, http, route, cancellationToken);
        if (services is null)
        {
            LogNoPrice(logger, refusal);
            return null;
        }

        // No service on the route at all is Viettel Post's word; the contract's service missing from the list is the table's business.
        return services.Count == 0 ? CarrierPrice.NotServed
            : ViettelPostServices.Choose(services, options.CurrentValue.Service) is { } service ? new CarrierPrice(service.FeeVnd)
            : null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Viettel Post gave no price ({Refusal}); the alliance's table is used")]
    private static partial void LogNoPrice(ILogger logger, string? refusal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Viettel Post did not answer; the alliance's table is used")]
    private static partial void LogUnavailable(ILogger logger, Exception? exception);
}

internal static class ViettelPostRegistration
{
    public static IServiceCollection AddViettelPostRates(this IServiceCollection services)
    {
        services.AddViettelPost();
        services.AddOptions<ViettelPostQuoteTimeouts>().BindConfiguration(ViettelPostQuoteTimeouts.Section);
        services.AddHttpClient<ICarrierRates, ViettelPostRates>(ViettelPostRates.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddGatewayResilience<ViettelPostQuoteTimeouts>();
        return services;
    }
}
