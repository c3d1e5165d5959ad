using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Mediator;

namespace Marketplace.Catalog.Contracts;

/// <summary>A lot a variant's units may ship from: one of its product's, neither recalled nor past its expiry.</summary>
public sealed record ShippableLot(Guid LotId, string Code, DateOnly ProducedOn, DateOnly? ExpiresOn);

/// <summary>
/// For each variant, the lots of its product it may ship from on that day, oldest first (the
/// one to propose: first in, first out). A variant whose product has none is left out.
/// </summary>
public sealed record GetShippableLotsQuery(IReadOnlyCollection<VariantId> VariantIds, DateOnly Today)
    : IQuery<IReadOnlyDictionary<VariantId, IReadOnlyList<ShippableLot>>>;

/// <summary>
/// A cooperative recalled a lot: everyone who received units of it is to be told, with the
/// reason, and shown it beside the line on their order.
/// </summary>
public sealed record LotRecalledIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid LotId,
    string Code,
    ProductId ProductId,
    CooperativeId CooperativeId,
    string ProductName,
    string Reason) : IIntegrationEvent;

/// <summary>The product a lot code belongs to, if a lot has it (codes are one namespace across the marketplace).</summary>
public sealed record GetLotProductQuery(string Code) : IQuery<ProductId?>;
