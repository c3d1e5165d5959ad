using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Catalog.Contracts;

public sealed record ProductName(ProductId ProductId, string Name);

/// <summary>
/// Every product of a cooperative, on sale or not, by name: what a certificate for one product
/// (OCOP stars are given to a product) is chosen from, and checked against.
/// </summary>
public sealed record ListProductNamesQuery(CooperativeId CooperativeId) : IQuery<IReadOnlyList<ProductName>>;
