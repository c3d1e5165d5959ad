using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Contracts;

/// <summary>
/// A variant as checkout needs it: current price (tiers included), stock, whether it may be
/// bought now, how many grams one unit holds (Catalog's weights: a bag's net weight, a
/// yến's 10 kg), null for units that are not weights, and the volume of the box one unit ships in
/// (cm³), null when the cooperative has not said.
/// </summary>
public sealed record CheckoutVariant(
    VariantId VariantId,
    ProductId ProductId,
    CooperativeId CooperativeId,
    string VendorName,
    string Sku,
    string ProductName,
    string Unit,
    int? NetWeightGrams,
    Money UnitPrice,
    IReadOnlyList<VolumeTierView> Tiers,
    int Stock,
    int MinOrderQuantity,
    bool Purchasable,
    int? GramsPerUnit,
    long? BoxCm3 = null)
{
    /// <summary>The list price while a sale runs (<see cref="UnitPrice"/> is then the sale's), for the cart to show what it saves; else null.</summary>
    public Money? ListPrice { get; init; }

    /// <summary>The price outside any sale: what terms that outlast a sale (a supply contract's deliveries) start from.</summary>
    public Money RegularPrice => ListPrice ?? UnitPrice;

    /// <summary>The price per unit at this quantity, by Catalog's volume tiers.</summary>
    public Money PriceAt(int quantity) =>
        Money.Dong(VolumeTierView.PriceAt(UnitPrice.Amount, Tiers.Select(t => (t.MinQuantity, t.Price.Amount)), quantity));
}

/// <summary>Variants by id, priced as the catalog prices them now; a price sent by a client is never used.</summary>
public sealed record GetProductsForCheckoutQuery(IReadOnlyCollection<VariantId> VariantIds) : IQuery<IReadOnlyList<CheckoutVariant>>;

public sealed record StockLine(VariantId VariantId, int Quantity);

/// <summary>
/// Takes stock for every line, or for none: each line is one conditional UPDATE that cannot take
/// stock below zero, all in one transaction, so concurrent checkouts never oversell.
/// </summary>
public sealed record ReserveStockCommand(IReadOnlyList<StockLine> Lines) : ICommand<Result<Done>>, IRunsIn<CatalogTransaction>;

/// <summary>Variants by SKU, as checkout sees them (a buyer's purchasing system and the demo data know SKUs, not ids).</summary>
public sealed record GetVariantsBySkuQuery(IReadOnlyCollection<string> Skus) : IQuery<IReadOnlyList<CheckoutVariant>>;

/// <summary>All of a cooperative's variants, drafts included, by product name then SKU (what it may open a pre-order on).</summary>
public sealed record ListCooperativeVariantsQuery(CooperativeId CooperativeId) : IQuery<IReadOnlyList<CheckoutVariant>>;
