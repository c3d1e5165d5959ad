using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Catalog.Contracts;

/// <summary>The products a cooperative sells, as long as the cooperative is an approved seller.</summary>
public sealed record ListVendorProductsQuery(CooperativeId CooperativeId) : IQuery<IReadOnlyList<ProductSummary>>;
