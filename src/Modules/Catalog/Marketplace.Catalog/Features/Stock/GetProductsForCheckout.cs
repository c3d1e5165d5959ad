using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>Variants as the catalog prices them now, with whether they may be bought: the only prices checkout uses.</summary>
internal sealed class GetProductsForCheckoutHandler(CatalogDbContext db) : IQueryHandler<GetProductsForCheckoutQuery, IReadOnlyList<CheckoutVariant>>
{
    public async ValueTask<IReadOnlyList<CheckoutVariant>> Handle(GetProductsForCheckoutQuery query, CancellationToken cancellationToken)
    {
        var ids = query.VariantIds.Distinct().ToList();
        var rows = await db.Variants.AsNoTracking()
            .Where(v => ids.Contains(v.Id))
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { Variant = v, Product = p })
            .Join(db.Sellers, x => x.Product.VendorId, s => s.VendorId, (x, s) => new { x.Variant, x.Product, Seller = s })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CheckoutVariant(
                r.Variant.Id, r.Product.Id, r.Product.VendorId, r.Seller.Name, r.Variant.Sku, r.Product.Name, r.Variant.Unit.Code(), r.Variant.NetWeightGrams,
                Money.Dong(r.Variant.PriceVnd), r.Variant.Tiers.Select(t => new VolumeTierView(t.MinQuantity, Money.Dong(t.PriceVnd))).ToList(),
                r.Variant.Stock, r.Variant.MinOrderQuantity,
                r.Product.Status == ProductStatus.Published && !r.Product.HiddenByAdmin && r.Seller.IsActive))
            .ToList();
    }
}
