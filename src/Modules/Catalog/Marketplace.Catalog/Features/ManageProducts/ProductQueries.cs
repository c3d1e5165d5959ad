using Marketplace.Catalog.Data;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.ManageProducts;

internal sealed class ProductQueriesHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListMyProductsQuery, Result<IReadOnlyList<MyProduct>>>,
      IQueryHandler<GetProductForEditingQuery, Result<ProductForEditing>>
{
    public async ValueTask<Result<IReadOnlyList<MyProduct>>> Handle(ListMyProductsQuery query, CancellationToken cancellationToken)
    {
        if (!await sender.ActsForAsync(query.CooperativeId, query.ActorId, cancellationToken))
        {
            return ProductAccess.VendorNotFound();
        }

        var rows = await db.Products.AsNoTracking()
            .Where(p => p.CooperativeId == query.CooperativeId)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.NameEnglish,
                p.DescriptionEnglish,
                p.Slug,
                p.Status,
                p.HiddenByAdmin,
                p.FromPriceVnd,
                Stock = p.Variants.Sum(v => v.Stock),
                Variants = p.Variants.Count
            })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(p => p.Name, VietnameseText.Comparer)
            .Select(p => new MyProduct(
                p.Id, p.Name, p.Slug, ProductViews.State(p.Status), p.HiddenByAdmin, Money.Dong(p.FromPriceVnd), p.Stock, p.Variants,
                EnglishCompleteness.Missing(p.NameEnglish, p.DescriptionEnglish)))
            .ToList();
    }

    public async ValueTask<Result<ProductForEditing>> Handle(GetProductForEditingQuery query, CancellationToken cancellationToken)
    {
        var product = await db.FindManagedAsync(sender, query.ProductId, query.ActorId, cancellationToken);
        return product is null ? ProductAccess.NotFound() : await db.ForEditingAsync(product, clock, cancellationToken);
    }
}
