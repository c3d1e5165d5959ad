using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.CountProductsOnSale;

internal sealed class CountProductsOnSaleHandler(CatalogDbContext db) : IQueryHandler<CountProductsOnSaleQuery, IReadOnlyDictionary<CooperativeId, int>>
{
    public async ValueTask<IReadOnlyDictionary<CooperativeId, int>> Handle(CountProductsOnSaleQuery query, CancellationToken cancellationToken) =>
        await db.Products.AsNoTracking()
            .Where(p => p.Status == ProductStatus.Published)
            .GroupBy(p => p.CooperativeId)
            .Select(g => new { CooperativeId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CooperativeId, g => g.Count, cancellationToken);
}
