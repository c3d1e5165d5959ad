using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Lots;

internal sealed class GetLotProductHandler(CatalogDbContext db) : IQueryHandler<GetLotProductQuery, ProductId?>
{
    public async ValueTask<ProductId?> Handle(GetLotProductQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        return await db.Lots.AsNoTracking().Where(l => l.Code == code).Select(l => (ProductId?)l.ProductId).FirstOrDefaultAsync(cancellationToken);
    }
}
