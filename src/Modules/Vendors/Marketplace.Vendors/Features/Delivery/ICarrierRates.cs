using Marketplace.SharedKernel.Vietnam;

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
