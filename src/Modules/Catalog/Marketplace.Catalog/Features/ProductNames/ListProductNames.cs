using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.ProductNames;

internal sealed class ListProductNamesHandler(CatalogDbContext db) : IQueryHandler<ListProductNamesQuery, IReadOnlyList<ProductName>>
{
    public async ValueTask<IReadOnlyList<ProductName>> Handle(ListProductNamesQuery query, CancellationToken cancellationToken)
    {
        var products = await db.Products.AsNoTracking()
            .Where(p => p.CooperativeId == query.CooperativeId)
            .Select(p => new { p.Id, p.Name })
            .ToListAsync(cancellationToken);
        return products.OrderBy(p => p.Name, StringComparer.CurrentCulture).Select(p => new ProductName(p.Id, p.Name)).ToList();
    }
}
