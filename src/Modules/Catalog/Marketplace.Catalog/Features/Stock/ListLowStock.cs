using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Stock;

internal sealed class ListLowStockHandler(CatalogDbContext db) : IQueryHandler<ListLowStockQuery, IReadOnlyList<LowStockVariant>>
{
    private const int MaxListed = 50;

    public async ValueTask<IReadOnlyList<LowStockVariant>> Handle(ListLowStockQuery query, CancellationToken cancellationToken) =>
        await db.Variants.AsNoTracking()
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { Variant = v, Product = p })
            .Where(x => x.Product.CooperativeId == query.CooperativeId && x.Product.Status == ProductStatus.Published
                && (x.Variant.Stock <= query.AtMost || x.Variant.Stock < x.Variant.MinOrderQuantity))
            .OrderBy(x => x.Variant.Stock)
            .ThenBy(x => x.Product.Name)
            .Take(MaxListed)
            .Select(x => new LowStockVariant(x.Product.Id, x.Product.Name, x.Variant.Sku, x.Variant.Stock))
            .ToListAsync(cancellationToken);
}
