using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>
/// The public catalog: full-text match (when there is a query), then filters, facet counts,
/// sorting and one page of cards. Each facet counts the products that the other filters leave,
/// so a shopper sees how many they would get by choosing that value instead.
/// </summary>
internal sealed class SearchProductsHandler(CatalogDbContext db, ISender sender) : IQueryHandler<SearchProductsQuery, Result<ProductPage>>
{
    public async ValueTask<Result<ProductPage>> Handle(SearchProductsQuery query, CancellationToken cancellationToken)
    {
        var words = ProductSearchIndex.Words(query.Text);
        var hits = words.Count == 0 ? null : ProductSearchIndex.Match(db, words);
        var categoryIds = await CategoryWithChildrenAsync(query.Category, cancellationToken);
        var certified = query.Certification is { } kind ? await sender.Send(new ListCertifiedVendorsQuery(kind), cancellationToken) : null;

        var candidates =
            from p in db.Public()
            join s in db.Sellers on p.VendorId equals s.VendorId
            select new Candidate { Product = p, Province = s.Province, VendorSlug = s.Slug, Rank = 0 };
        if (hits is not null)
        {
            candidates =
                from c in candidates
                join h in hits on c.Product.Id equals h.ProductId
                select new Candidate { Product = c.Product, Province = c.Province, VendorSlug = c.VendorSlug, Rank = h.Rank };
        }

        if (query.MinPrice is { } min)
        {
            candidates = candidates.Where(c => c.Product.FromPriceVnd >= min);
        }

        if (query.MaxPrice is { } max)
        {
            candidates = candidates.Where(c => c.Product.FromPriceVnd <= max);
        }

        var filtered = Apply(candidates, categoryIds, query, certified);
        var total = await filtered.CountAsync(cancellationToken);
        var pageSize = Math.Clamp(query.PageSize, 1, 60);
        var page = Math.Max(1, query.Page);
        var ids = await Sorted(filtered, query.Sort, hits is not null).Skip((page - 1) * pageSize).Take(pageSize).Select(c => c.Product.Id).ToListAsync(cancellationToken);

        return new ProductPage(
            await db.CardsAsync(sender, ids, cancellationToken),
            total,
            page,
            pageSize,
            await CategoryFacetAsync(Apply(candidates, null, query, certified), cancellationToken),
            await ProvinceFacetAsync(Apply(candidates, categoryIds, query with { Province = null }, certified), cancellationToken),
            await VendorFacetAsync(Apply(candidates, categoryIds, query with { Vendor = null }, certified), cancellationToken),
            await CertificationFacetAsync(Apply(candidates, categoryIds, query, null), cancellationToken));
    }

    private static IQueryable<Candidate> Apply(IQueryable<Candidate> candidates, IReadOnlyCollection<Guid>? categoryIds, SearchProductsQuery query, IReadOnlyCollection<Guid>? certified)
    {
        if (categoryIds is not null)
        {
            candidates = candidates.Where(c => categoryIds.Contains(c.Product.CategoryId));
        }

        if (!string.IsNullOrEmpty(query.Province))
        {
            candidates = candidates.Where(c => c.Province == query.Province);
        }

        if (!string.IsNullOrEmpty(query.Vendor))
        {
            candidates = candidates.Where(c => c.VendorSlug == query.Vendor);
        }

        if (certified is not null)
        {
            candidates = candidates.Where(c => certified.Contains(c.Product.VendorId));
        }

        return candidates;
    }

    private static IQueryable<Candidate> Sorted(IQueryable<Candidate> candidates, ProductSort sort, bool ranked) => sort switch
    {
        ProductSort.PriceAscending => candidates.OrderBy(c => c.Product.FromPriceVnd).ThenBy(c => c.Product.Id),
        ProductSort.PriceDescending => candidates.OrderByDescending(c => c.Product.FromPriceVnd).ThenBy(c => c.Product.Id),
        ProductSort.Name => candidates.OrderBy(c => c.Product.Slug).ThenBy(c => c.Product.Id),
        ProductSort.Relevance when ranked => candidates.OrderByDescending(c => c.Rank).ThenBy(c => c.Product.Id),
        _ => candidates.OrderByDescending(c => c.Product.CreatedAt).ThenBy(c => c.Product.Id),
    };

    /// <summary>The category and every category below it, or null for no category filter.</summary>
    private async Task<IReadOnlyCollection<Guid>?> CategoryWithChildrenAsync(string? slug, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }

        var all = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId, c.Slug }).ToListAsync(cancellationToken);
        var root = all.FirstOrDefault(c => c.Slug == slug);
        if (root is null)
        {
            return [];
        }

        var result = new HashSet<Guid> { root.Id };
        for (var added = true; added;)
        {
            added = false;
            foreach (var child in all.Where(c => c.ParentId is { } parent && result.Contains(parent) && !result.Contains(c.Id)))
            {
                added |= result.Add(child.Id);
            }
        }

        return result;
    }

    private async Task<IReadOnlyList<FacetValue>> CategoryFacetAsync(IQueryable<Candidate> candidates, CancellationToken cancellationToken)
    {
        var counts = await candidates.GroupBy(c => c.Product.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

        // A parent counts its children's products too.
        int CountOf(Category category) =>
            counts.Where(c => c.Key == category.Id).Sum(c => c.Count) + categories.Where(c => c.ParentId == category.Id).Sum(CountOf);
        return categories.Select(c => new FacetValue(c.Slug, english ? c.NameEnglish : c.Name, CountOf(c)))
            .Where(f => f.Count > 0)
            .OrderBy(f => f.Label, VietnameseText.Comparer)
            .ToList();
    }

    private static async Task<IReadOnlyList<FacetValue>> ProvinceFacetAsync(IQueryable<Candidate> candidates, CancellationToken cancellationToken)
    {
        var counts = await candidates.GroupBy(c => c.Province).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.Select(c => new FacetValue(c.Key, c.Key, c.Count)).OrderBy(f => f.Label, VietnameseText.Comparer).ToList();
    }

    private async Task<IReadOnlyList<FacetValue>> VendorFacetAsync(IQueryable<Candidate> candidates, CancellationToken cancellationToken)
    {
        var counts = await candidates.GroupBy(c => c.VendorSlug).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var names = await db.Sellers.AsNoTracking().Select(s => new { s.Slug, s.Name }).ToDictionaryAsync(s => s.Slug, s => s.Name, cancellationToken);
        return counts.Select(c => new FacetValue(c.Key, names.GetValueOrDefault(c.Key, c.Key), c.Count)).OrderBy(f => f.Label, VietnameseText.Comparer).ToList();
    }

    private async Task<IReadOnlyList<FacetValue>> CertificationFacetAsync(IQueryable<Candidate> candidates, CancellationToken cancellationToken)
    {
        var byVendor = await candidates.GroupBy(c => c.Product.VendorId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        if (byVendor.Count == 0)
        {
            return [];
        }

        var badges = await sender.Send(new GetCertificationBadgesQuery(byVendor.Select(v => v.Key).ToList()), cancellationToken);
        return Enum.GetValues<CertificationKind>()
            .Select(kind => new FacetValue(kind.ToString(), kind.ToString(), byVendor.Where(v => badges.TryGetValue(v.Key, out var b) && b.Any(x => x.Kind == kind)).Sum(v => v.Count)))
            .Where(f => f.Count > 0)
            .ToList();
    }
}

/// <summary>A public product with what its filters need, before it becomes a card.</summary>
internal sealed class Candidate
{
    public required Product Product { get; init; }

    public required string Province { get; init; }

    public required string VendorSlug { get; init; }

    public required double Rank { get; init; }
}
