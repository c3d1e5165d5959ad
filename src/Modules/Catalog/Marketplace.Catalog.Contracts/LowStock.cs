using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Catalog.Contracts;

/// <summary>A variant on sale that is running out: its stock is at most the threshold asked, or below its minimum order.</summary>
public sealed record LowStockVariant(ProductId ProductId, string ProductName, string Sku, int Stock);

/// <summary>A cooperative's published variants running low, fewest first; who may see them is the asker's to check.</summary>
public sealed record ListLowStockQuery(CooperativeId CooperativeId, int AtMost) : IQuery<IReadOnlyList<LowStockVariant>>;
