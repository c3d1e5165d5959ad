using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>
/// What a cooperative charges to deliver its part of an order: a flat fee, waived when the part
/// reaches <see cref="FreeFrom"/> (never, when it is null).
/// </summary>
public sealed record ShippingTerms(Money Fee, Money? FreeFrom)
{
    public Money FeeFor(Money subtotal) => FreeFrom is { } threshold && subtotal.Amount >= threshold.Amount ? Money.Zero : Fee;
}

/// <summary>The shipping terms of each of these cooperatives, for checkout.</summary>
public sealed record GetShippingTermsQuery(IReadOnlyCollection<CooperativeId> CooperativeIds) : IQuery<IReadOnlyDictionary<CooperativeId, ShippingTerms>>;
