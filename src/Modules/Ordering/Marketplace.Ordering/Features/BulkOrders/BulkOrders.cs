using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Ordering.Features.BulkOrders;

/// <summary>One line of a bulk order as checked: what it matched, at which (tier) price, or what is wrong with it.</summary>
internal sealed record BulkLineResult(
    int Line,
    string Sku,
    int Quantity,
    VariantId? VariantId,
    string? ProductName,
    string? VendorName,
    Money? UnitPrice,
    Money? LineTotal,
    int? MinOrderQuantity,
    string? Problem);

internal sealed record BulkOrderResult(int Lines, int Valid, bool Added, IReadOnlyList<BulkLineResult> Results);

/// <summary>
/// A business buyer's file (CSV: sku, quantity) checked line by line against the catalog (unknown
/// SKU, below the minimum, above stock) and, unless only checking, its valid lines put in the cart
/// in one step. A file that cannot be read as such (columns, numbers, encoding, size) changes nothing.
/// </summary>
internal sealed record AddBulkOrderCommand(CartOwner Owner, UploadedFile File, bool CheckOnly)
    : ICommand<Result<BulkOrderResult>>, IRunsIn<OrderingTransaction>;
