using Marketplace.SharedKernel.Http;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.Extensions.Caching.Memory;

namespace Marketplace.Vendors.Features.Delivery;

/// <summary>Where a parcel goes from and to, how heavy it is (grams) and what the goods are worth (đồng, for the carrier's insurance).</summary>
internal sealed record CarrierParcel(
    string FromProvince, string FromCommune, string FromAddress, string ToProvince, string? ToCommune, long Grams, long ValueVnd);

/// <summary>A carrier's price for a parcel, and its days when it says them; or its word that it does not deliver there.</summary>
internal sealed record CarrierPrice(long FeeVnd, int? MinDays = null, int? MaxDays = null)
{
    public static readonly CarrierPrice NotServed = new(-1);

    public bool Served => FeeVnd >= 0;
}

/// <summary>A carrier's own price API, one adapter per carrier on its published protocol.</summary>
internal interface ICarrierRates
{
    DeliveryCarrier Carrier { get; }

    /// <summary>The alliance has an account with the carrier (its token is configured).</summary>
    bool Configured { get; }

    /// <summary>
    /// The carrier's price, <see cref="CarrierPrice.NotServed"/> when it does not deliver there, or
    /// null when it gave no answer (down, refused, too slow): the alliance's table prices the parcel then.
    /// </summary>
    Task<CarrierPrice?> QuoteAsync(CarrierParcel parcel, CancellationToken cancellationToken);
}

/// <summary>
/// How long checkout waits for a carrier's price API (a shopper waits), an address lookup or a
/// sign-in included; beyond it the alliance's table prices the parcel. Each carrier binds its own
/// section ("Carriers:Ghn:Quotes", "Carriers:ViettelPost:Quotes").
/// </summary>
internal abstract class QuoteTimeouts : IGatewayTimeouts
{
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(4);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(9);

    public int MaxRetries { get; set; } = 1;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(300);
}

/// <summary>
/// A carrier's answer for a parcel, asked once in ten minutes (checkout, a change of province and
/// the order ask within minutes; carriers' prices change by the month) and within the shopper's
/// patience: an answer not in by <see cref="QuoteTimeouts.TotalTimeout"/> is none, and the table prices the parcel.
/// </summary>
internal static class RememberedQuotes
{
    private static readonly TimeSpan Remembered = TimeSpan.FromMinutes(10);

    public static async Task<CarrierPrice?> AskAsync(
        IMemoryCache cache, object key, QuoteTimeouts timeouts, Func<CancellationToken, Task<CarrierPrice?>> ask, Action<Exception> tooSlow,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(tooSlow);
        if (cache.TryGetValue(key, out CarrierPrice? known))
        {
            return known;
        }

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        patience.CancelAfter(timeouts.TotalTimeout);
        try
        {
            var price = await ask(patience.Token);
            if (price is not null)
            {
                cache.Set(key, price, Remembered);
            }

            return price;
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken)
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            tooSlow(ex);
            return null;
        }
    }
}
