using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>Variants as the catalog prices them now, with whether they may be bought: the only prices checkout uses.</summary>
internal sealed class GetProductsForCheckoutHandler(CatalogDbContext db)
    : IQueryHandler<GetProductsForCheckoutQuery, IReadOnlyList<CheckoutVariant>>,
      IQueryHandler<GetVariantsBySkuQuery, IReadOnlyList<CheckoutVariant>>
{
    public async ValueTask<IReadOnlyList<CheckoutVariant>> Handle(GetProductsForCheckoutQuery query, CancellationToken cancellationToken)
    {
        var ids = query.VariantIds.Distinct().ToList();
        return await ReadAsync(db.Variants.Where(v => ids.Contains(v.Id)), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<CheckoutVariant>> Handle(GetVariantsBySkuQuery query, CancellationToken cancellationToken)
    {
        // SKUs are kept upper-cased (see SaveVariant), so a buyer's "sg-stct-200" finds its variant.
        var skus = query.Skus.Select(s => s.Trim().ToUpperInvariant()).Distinct().ToList();
        return await ReadAsync(db.Variants.Where(v => skus.Contains(v.Sku)), cancellationToken);
    }

    private async Task<IReadOnlyList<CheckoutVariant>> ReadAsync(IQueryable<Domain.Variant> variants, CancellationToken cancellationToken)
    {
        var rows = await variants.AsNoTracking()
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { Variant = v, Product = p })
            .ToListAsync(cancellationToken);

        // The seller's name is the catalog's copy, which may not have arrived yet (demo seeding
        // runs before the outbox is delivered): the product is then simply not purchasable.
        var cooperativeIds = rows.Select(r => r.Product.CooperativeId).Distinct().ToList();
        var sellers = await db.Sellers.AsNoTracking()
            .Where(s => cooperativeIds.Contains(s.CooperativeId))
            .ToDictionaryAsync(s => s.CooperativeId, cancellationToken);
        return rows.Select(r => new CheckoutVariant(
                r.Variant.Id, r.Product.Id, r.Product.CooperativeId, sellers.GetValueOrDefault(r.Product.CooperativeId)?.Name ?? string.Empty,
                r.Variant.Sku, r.Product.Name,
                r.Variant.Unit.Code(), r.Variant.NetWeightGrams,
                Money.Dong(r.Variant.PriceVnd), r.Variant.Tiers.Select(t => new VolumeTierView(t.MinQuantity, Money.Dong(t.PriceVnd))).ToList(),
                r.Variant.Stock, r.Variant.MinOrderQuantity,
                r.Product.IsPublic && sellers.GetValueOrDefault(r.Product.CooperativeId)?.Sells == true,
                r.Variant.NetWeightGrams ?? r.Variant.Unit.Grams()))
            .ToList();
    }
}
