using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Catalog.Contracts;

/// <summary>The products a cooperative sells, as long as the cooperative is an approved seller.</summary>
public sealed record ListVendorProductsQuery(CooperativeId CooperativeId) : IQuery<IReadOnlyList<ProductSummary>>;

/// <summary>How many products each cooperative has on sale (published, whatever an admin or its standing hides); one with none is left out.</summary>
public sealed record CountProductsOnSaleQuery : IQuery<IReadOnlyDictionary<CooperativeId, int>>;
