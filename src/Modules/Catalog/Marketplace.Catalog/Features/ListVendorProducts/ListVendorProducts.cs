using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.ListVendorProducts;

/// <summary>A cooperative's public products, by name, with the badges Vendors vouches for as of today.</summary>
internal sealed class ListVendorProductsHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListVendorProductsQuery, IReadOnlyList<ProductSummary>>
{
    public async ValueTask<IReadOnlyList<ProductSummary>> Handle(ListVendorProductsQuery query, CancellationToken cancellationToken)
    {
        var products = await db.Public().Where(p => p.CooperativeId == query.CooperativeId).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);

        // Sorted here, not in SQL: database collations disagree on Vietnamese letters.
        var ordered = products.OrderBy(p => p.Name, VietnameseText.Comparer).Select(p => p.Id).ToList();
        return await db.CardsAsync(sender, ordered, clock.Today(), cancellationToken);
    }
}
