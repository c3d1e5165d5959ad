using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>Where a cooperative delivers with its own people.</summary>
public enum OwnDelivery
{
    /// <summary>To every province, at its flat fee (what a new storefront does until it chooses carriers).</summary>
    Everywhere,

    /// <summary>Within its own province only; farther parcels go by the carriers it chose.</summary>
    InProvince,

    /// <summary>Never: every parcel goes by a carrier.</summary>
    Off,
}

/// <summary>
/// How a cooperative delivers: its own flat fee and where it delivers itself, the carriers it uses
/// beyond, and the part's value from which delivery is free (never, when it is null). What checkout
/// charges comes from <see cref="QuoteDeliveryQuery"/>.
/// </summary>
public sealed record ShippingTerms(Money Fee, Money? FreeFrom)
{
    public OwnDelivery OwnDelivery { get; init; }

    public IReadOnlyList<DeliveryCarrier> Carriers { get; init; } = [];

    public Money FeeFor(Money subtotal) => FreeFrom is { } threshold && subtotal.Amount >= threshold.Amount ? Money.Zero : Fee;
}

/// <summary>The shipping terms of each of these cooperatives (their own flat fee), for orders placed without a cart: pre-orders, supply contracts.</summary>
public sealed record GetShippingTermsQuery(IReadOnlyCollection<CooperativeId> CooperativeIds) : IQuery<IReadOnlyDictionary<CooperativeId, ShippingTerms>>;
