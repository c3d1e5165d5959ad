using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Categories;

/// <summary>What Payments asks when it prices an order's commission: the category each line's goods are sold under.</summary>
internal sealed class GetVariantCategoriesHandler(CatalogDbContext db)
    : IQueryHandler<GetVariantCategoriesQuery, IReadOnlyDictionary<VariantId, Guid>>
{
    public async ValueTask<IReadOnlyDictionary<VariantId, Guid>> Handle(GetVariantCategoriesQuery query, CancellationToken cancellationToken)
    {
        var ids = query.VariantIds.Distinct().ToList();
        return await db.Variants.AsNoTracking()
            .Where(v => ids.Contains(v.Id))
            .Join(db.Products, v => v.ProductId, p => p.Id, (v, p) => new { v.Id, p.CategoryId })
            .ToDictionaryAsync(r => r.Id, r => r.CategoryId, cancellationToken);
    }
}
