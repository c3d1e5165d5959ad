using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Sellers;

/// <summary>A category stands for itself and every category under it ("trà" holds green and black tea).</summary>
internal sealed class GetQuotationSubjectHandler(CatalogDbContext db) : IQueryHandler<GetQuotationSubjectQuery, QuotationSubject?>
{
    public async ValueTask<QuotationSubject?> Handle(GetQuotationSubjectQuery query, CancellationToken cancellationToken)
    {
        var published = db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Published && !p.HiddenByAdmin && p.SellerActive);
        if (query.ProductId is { } productId)
        {
            var product = await published.SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
            return product is null
                ? null
                : new QuotationSubject(product.Name, product.NameEnglish ?? product.Name, await SellersAsync([product.CooperativeId], cancellationToken));
        }

        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Name, c.NameEnglish }).ToListAsync(cancellationToken);
        var root = categories.SingleOrDefault(c => c.Id == query.CategoryId);
        if (root is null)
        {
            return null;
        }

        var ids = new HashSet<Guid> { root.Id };
        for (var added = true; added;)
        {
            added = false;
            foreach (var child in categories.Where(c => c.ParentId is { } parent && ids.Contains(parent)))
            {
                added |= ids.Add(child.Id);
            }
        }

        var vendors = await published.Where(p => ids.Contains(p.CategoryId)).Select(p => p.CooperativeId).Distinct().ToListAsync(cancellationToken);
        return new QuotationSubject(root.Name, root.NameEnglish, await SellersAsync(vendors, cancellationToken));
    }

    private async Task<IReadOnlyList<SellerRef>> SellersAsync(IReadOnlyCollection<CooperativeId> cooperativeIds, CancellationToken cancellationToken) =>
        (await db.Sellers.AsNoTracking()
                .Where(s => cooperativeIds.Contains(s.CooperativeId) && s.IsActive && !s.PausedForDebt)
                .ToListAsync(cancellationToken))
            .OrderBy(s => s.Name, VietnameseText.Comparer)
            .Select(s => new SellerRef(s.CooperativeId, s.Name))
            .ToList();
}
