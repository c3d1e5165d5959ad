using Mediator;

namespace Marketplace.Catalog.Contracts;

/// <summary>The products a cooperative sells, as long as the cooperative is an approved seller.</summary>
public sealed record ListVendorProductsQuery(Guid CooperativeId) : IQuery<IReadOnlyList<ProductSummary>>;
