using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>
/// One cooperative's part of a cart as a parcel: its weight in grams, the value of the goods in it,
/// and the volume of the boxes its units ship in (cm³; 0 when no line says), for the carriers'
/// volumetric weight.
/// </summary>
public sealed record DeliveryParcel(CooperativeId CooperativeId, long Grams, Money Value, long BoxCm3 = 0);

/// <summary>
/// The cheapest way a cooperative delivers a parcel to a province: by whom, the fee before the
/// cooperative's free-delivery threshold, the threshold, and the days it takes. <see cref="Exact"/>
/// is false for a cart not yet given an address: quoted to the farthest region by the tables, so
/// checkout asks no more unless a carrier's own API prices it higher.
/// </summary>
public sealed record DeliveryQuote(DeliveryCarrier Carrier, Money Fee, Money? FreeFrom, int MinDays, int MaxDays, bool Exact)
{
    /// <summary>The weight the carrier charges when the boxes' volumetric weight is above the goods' (grams), else null.</summary>
    public long? ChargedGrams { get; init; }

    public Money FeeFor(Money subtotal) => FreeFrom is { } threshold && subtotal.Amount >= threshold.Amount ? Money.Zero : Fee;
}

/// <summary>
/// Quotes each parcel's delivery to <see cref="Province"/> and <see cref="Commune"/> (null: not known
/// yet). A cooperative that does not deliver to the province has no entry in the answer.
/// </summary>
public sealed record QuoteDeliveryQuery(IReadOnlyCollection<DeliveryParcel> Parcels, string? Province, string? Commune = null)
    : IQuery<IReadOnlyDictionary<CooperativeId, DeliveryQuote>>;
