using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.Catalog.Features.SearchProducts;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.GetProduct;

/// <summary>A public product's page, and its pictures while it is public.</summary>
internal sealed class GetProductHandler(CatalogDbContext db, ISender sender, IFileStore files, TimeProvider clock)
    : IQueryHandler<GetProductQuery, Result<ProductDetails>>,
      IQueryHandler<GetProductImageQuery, Result<ImageContent>>
{
    public async ValueTask<Result<ProductDetails>> Handle(GetProductQuery query, CancellationToken cancellationToken)
    {
        var product = await db.Public().AsNoTracking().Include(p => p.Variants).Include(p => p.Images)
            .SingleOrDefaultAsync(p => p.Id == query.ProductId, cancellationToken);
        if (product is null)
        {
            return ProductAccess.NotFound();
        }

        var seller = await db.Sellers.AsNoTracking().SingleAsync(s => s.CooperativeId == product.CooperativeId, cancellationToken);
        var category = await db.Categories.AsNoTracking().SingleAsync(c => c.Id == product.CategoryId, cancellationToken);
        var lots = await db.Lots.AsNoTracking().Where(l => l.ProductId == product.Id).ToListAsync(cancellationToken);
        var badges = await sender.Send(new GetCertificationBadgesQuery([product.CooperativeId]), cancellationToken);
        var reviews = (await db.Reviews.AsNoTracking().Where(r => r.ProductId == product.Id && !r.Hidden).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.WrittenAt).Select(Reviews.ReviewsHandler.View).ToList();
        var today = clock.Today();
        return new ProductDetails(
            product.Id, product.CooperativeId, seller.Name, seller.Slug, seller.Province, category.Id, category.Name, category.NameEnglish,
            product.Name, product.NameEnglish, product.Description, product.DescriptionEnglish,
            product.Variants.OrderBy(v => v.Position).Select(v => ProductViews.PublicVariant(v, today))
                .Select(v => query.ForBusinessBuyer ? v : v with { Tiers = [], MinOrderQuantity = 1 })
                .ToList(),
            product.Images.OrderBy(i => i.Position).Select(ProductViews.Image).ToList(),
            lots.OrderByDescending(l => l.ProducedOn).Select(ProductViews.Lot).ToList(),
            badges.TryGetValue(product.CooperativeId, out var b) ? b.For(product.Id) : [])
        {
            Reviews = reviews,
            Slug = product.Slug,
            Rating = reviews.Count == 0 ? null : Math.Round(reviews.Average(r => r.Stars), 1),
        };
    }

    public async ValueTask<Result<ImageContent>> Handle(GetProductImageQuery query, CancellationToken cancellationToken)
    {
        var isPublic = await db.Public().AnyAsync(p => p.Images.Any(i => i.Key == query.Key || i.ThumbnailKey == query.Key), cancellationToken);
        var content = isPublic ? await files.ReadAsync(query.Key, cancellationToken) : null;
        return content is null
            ? Error.NotFound("image.not_found", Bilingual.Pick("Không tìm thấy ảnh.", "No such picture."))
            : new ImageContent(FileSignature.Jpeg, content);
    }
}
