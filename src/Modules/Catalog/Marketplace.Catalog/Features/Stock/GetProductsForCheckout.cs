using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>Variants as the catalog prices them now, with whether they may be bought: the only prices checkout uses.</summary>
internal sealed class GetProductsForCheckoutHandler(CatalogDbContext db, TimeProvider clock)
    : IQueryHandler<GetProductsForCheckoutQuery, IReadOnlyList<CheckoutVariant>>,
      IQueryHandler<GetVariantsBySkuQuery, IReadOnlyList<CheckoutVariant>>,
      IQueryHandler<ListCooperativeVariantsQuery, IReadOnlyList<CheckoutVariant>>
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

    public async ValueTask<IReadOnlyList<CheckoutVariant>> Handle(ListCooperativeVariantsQuery query, CancellationToken cancellationToken)
    {
        var cooperative = query.CooperativeId;
        var variants = db.Variants.Where(v => db.Products.Any(p => p.Id == v.ProductId && p.CooperativeId == cooperative));
        return (await ReadAsync(variants, cancellationToken))
            .OrderBy(v => v.ProductName, StringComparer.Ordinal).ThenBy(v => v.Sku, StringComparer.Ordinal).ToList();
    }

    private async Task<IReadOnlyList<CheckoutVariant>> ReadAsync(IQueryable<Domain.Variant> variants, CancellationToken cancellationToken)
    {
        // One round trip: the variant, what checkout needs of its product, and the seller's copy,
        // which may not have arrived yet (demo seeding runs before the outbox is delivered): the
        // product is then simply not purchasable.
        var rows = await (
                from v in variants.AsNoTracking()
                join p in db.Products on v.ProductId equals p.Id
                join s in db.Sellers on p.CooperativeId equals s.CooperativeId into sellers
                from s in sellers.DefaultIfEmpty()
                select new
                {
                    Variant = v,
                    p.CooperativeId,
                    p.Name,
                    Public = p.Status == ProductStatus.Published && !p.HiddenByAdmin && p.SellerActive,
                    SellerName = s == null ? null : s.Name,
                    Sells = s != null && s.IsActive && !s.PausedForDebt,
                })
            .ToListAsync(cancellationToken);
        // A sale runs by Vietnam's whole days: the price checkout takes is today's, and a tier above it is no offer.
        var today = clock.Today();
        return rows.Select(r => new CheckoutVariant(
                r.Variant.Id, r.Variant.ProductId, r.CooperativeId, r.SellerName ?? string.Empty,
                r.Variant.Sku, r.Name,
                r.Variant.Unit.Code(), r.Variant.NetWeightGrams,
                Money.Dong(r.Variant.PriceOn(today)),
                r.Variant.TiersOn(today).Select(t => new VolumeTierView(t.MinQuantity, Money.Dong(t.PriceVnd))).ToList(),
                r.Variant.Stock, r.Variant.MinOrderQuantity,
                r.Public && r.Sells,
                r.Variant.NetWeightGrams ?? r.Variant.Unit.Grams(),
                r.Variant.Box?.Cm3)
        {
            ListPrice = r.Variant.OnSale(today) ? Money.Dong(r.Variant.PriceVnd) : null,
        })
            .ToList();
    }
}
