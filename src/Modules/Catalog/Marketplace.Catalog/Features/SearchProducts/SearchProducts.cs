using System.ComponentModel;
using System.Runtime.InteropServices;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>
/// The public catalog. The database answers the words (its full-text index, at most
/// <see cref="ProductSearchIndex.MaxHits"/> best matches) with one compact row per product;
/// filters, counts per filter value, sorting and the page are then worked out on those rows,
/// and only the page's products are read whole. Browsing without words reads every public
/// product's row, so those rows are cached (<see cref="CatalogCache"/>) until a product changes.
/// Each facet counts what the other filters leave, so a shopper sees what choosing a value gives.
/// </summary>
internal sealed class SearchProductsHandler(CatalogDbContext db, ISender sender, HybridCache cache, SearchLexicon.Held lexicons, TimeProvider clock)
    : IQueryHandler<SearchProductsQuery, Result<ProductPage>>
{
    public async ValueTask<Result<ProductPage>> Handle(SearchProductsQuery query, CancellationToken cancellationToken)
    {
        var words = ProductSearchIndex.Words(query.Text);
        string? corrected = null;
        IReadOnlyList<SearchHit> rows;
        if (words.Count == 0)
        {
            rows = await BrowseRowsAsync(cancellationToken);
        }
        else
        {
            var terms = SearchTerms.Of(words, await SynonymsAsync(cancellationToken));
            var hits = await ProductSearchIndex.Match(db, terms).AsNoTracking().ToListAsync(cancellationToken);
            if (hits.Count == 0)
            {
                (hits, corrected) = await CorrectedAsync(words, terms, cancellationToken);
            }

            if (hits.Count == 0 && ProductSearchIndex.NearMatch(db, words) is { } near)
            {
                hits = await near.AsNoTracking().ToListAsync(cancellationToken);
            }

            if (query.Sort == ProductSort.Relevance && hits.Count > 1)
            {
                await PreferAsWrittenAsync(hits, query.Text!, cancellationToken);
            }

            rows = hits;
        }

        var categories = await cache.GetOrCreateAsync(
            CatalogCache.Categories,
            async token => await db.Categories.AsNoTracking()
                .Select(c => new CategoryNode(c.Id, c.ParentId, c.Slug, c.Name, c.NameEnglish))
                .ToListAsync(token),
            cancellationToken: cancellationToken);
        var categoryIds = Descendants(categories, query.Category);

        // The browsing rows are cached for a while; whether their sellers may still sell is read
        // now, so a cooperative suspended meanwhile counts in no total and no filter, not just in no card.
        var sellers = await db.Sellers.AsNoTracking()
            .Select(v => new { v.CooperativeId, v.Slug, v.Name, IsActive = v.IsActive && !v.PausedForDebt })
            .ToListAsync(cancellationToken);
        var selling = sellers.Where(v => v.IsActive).Select(v => v.CooperativeId).ToHashSet();
        var sales = await SalePricesAsync(cancellationToken);
        long Price(SearchHit r) => sales.TryGetValue(r.ProductId.Value, out var sale) ? sale : r.FromPriceVnd;
        var certificates = await CertificatesAsync(selling, cancellationToken);
        bool InCategory(SearchHit r) => categoryIds is null || categoryIds.Contains(r.CategoryId);
        bool InProvince(SearchHit r) => string.IsNullOrEmpty(query.Province) || r.Province == query.Province;
        bool OfVendor(SearchHit r) => string.IsNullOrEmpty(query.Vendor) || r.VendorSlug == query.Vendor;
        bool Certified(SearchHit r) => query.Certification is not { } kind || certificates.Holds(r, kind);

        // One pass over the rows: what every filter keeps, and each facet's counts of what the
        // other filters keep. At 100,000 products, a pass and a grouping per facet cost most of a
        // listing's CPU.
        var filtered = new List<SearchHit>();
        var byCategory = new Dictionary<Guid, int>();
        var byProvince = new Dictionary<string, int>(StringComparer.Ordinal);
        var byVendor = new Dictionary<string, int>(StringComparer.Ordinal);
        var byCooperative = new Dictionary<CooperativeId, int>();
        var ownCertificates = new List<SearchHit>(); // products with certificates of their own, beside their cooperative's
        foreach (var r in rows)
        {
            if (!selling.Contains(r.CooperativeId)
                || (query.MinPrice is { } min && Price(r) < min)
                || (query.MaxPrice is { } max && Price(r) > max))
            {
                continue;
            }

            bool inCategory = InCategory(r), inProvince = InProvince(r), ofVendor = OfVendor(r), isCertified = Certified(r);
            if (inProvince && ofVendor && isCertified)
            {
                Count(byCategory, r.CategoryId);
            }

            if (inCategory && ofVendor && isCertified)
            {
                Count(byProvince, r.Province);
            }

            if (inCategory && inProvince && isCertified)
            {
                Count(byVendor, r.VendorSlug);
            }

            if (inCategory && inProvince && ofVendor)
            {
                Count(byCooperative, r.CooperativeId);
                if (certificates.Products.ContainsKey(r.ProductId))
                {
                    ownCertificates.Add(r);
                }

                if (isCertified)
                {
                    filtered.Add(r);
                }
            }
        }

        var vendorNames = sellers.DistinctBy(v => v.Slug).ToDictionary(v => v.Slug, v => v.Name);
        var pageSize = query.PageSize;
        var ids = Sorted(filtered, query.Sort, Price, ranked: words.Count > 0, newestFirst: words.Count == 0)
            .Skip((query.Page - 1) * pageSize).Take(pageSize).Select(r => r.ProductId).ToList();

        return new ProductPage(
            await db.CardsAsync(sender, ids, clock.Today(), cancellationToken),
            filtered.Count,
            query.Page,
            pageSize,
            CategoryFacet(byCategory, categories),
            Facet(byProvince, province => province),
            Facet(byVendor, slug => vendorNames.GetValueOrDefault(slug, slug)),
            CertificationFacet(byCooperative, ownCertificates, certificates))
        { Corrected = corrected };
    }

    private async Task<SynonymSet> SynonymsAsync(CancellationToken cancellationToken) =>
        new((await cache.GetOrCreateAsync(
                CatalogCache.Synonyms,
                async token => await db.Synonyms.AsNoTracking().Select(s => s.Terms).ToListAsync(token),
                cancellationToken: cancellationToken))
            .Select(terms => SearchSynonym.Split(terms).Select(SynonymSet.Words).Where(w => w.Count > 0).ToList()));

    /// <summary>
    /// A query that found nothing, asked again with the catalog's words nearest to each typed word
    /// (<see cref="SearchLexicon.Near"/>) as alternatives, and what it was taken to mean, written as
    /// the catalog writes it, from the best product found ("shan tuyt" → "shan tuyết"), or null when
    /// nothing near was found either.
    /// </summary>
    private async Task<(List<SearchHit> Hits, string? Corrected)> CorrectedAsync(
        IReadOnlyList<string> words, SearchTerms terms, CancellationToken cancellationToken)
    {
        var lexicon = await SearchLexicon.CachedAsync(cache, db, lexicons, cancellationToken);
        var near = words.ToDictionary(w => w, lexicon.Near, StringComparer.Ordinal);
        if (near.Values.All(n => n.Count == 0))
        {
            return ([], null);
        }

        var widened = new SearchTerms(terms.Groups
            .Select(g => g is [{ Words: [var word] } typed, ..]
                ? (IReadOnlyList<SearchPhrase>)[typed, .. near[word].Select(n => new SearchPhrase([n], Prefix: false)), .. g.Skip(1)]
                : g)
            .ToList());
        var hits = await ProductSearchIndex.Match(db, widened).AsNoTracking().ToListAsync(cancellationToken);
        if (hits.Count == 0)
        {
            return (hits, null);
        }

        var best = hits.MaxBy(h => h.Rank)!.ProductId;
        var named = ProductSearchIndex.Words(
            await db.Products.Where(p => p.Id == best).Select(p => p.SearchName).FirstOrDefaultAsync(cancellationToken), int.MaxValue);
        var meant = words.Select(w => named.Any(n => n.StartsWith(w, StringComparison.Ordinal))
            ? w
            : lexicon.Written(near[w].FirstOrDefault(named.Contains) ?? w));
        return (hits, string.Join(' ', meant));
    }

    /// <summary>
    /// Where a typed word is written in several ways in the names of the best matches ("nhan": nhãn,
    /// nhân), the products named with the way the shopper wrote it come first, or, typed without
    /// diacritics, with the way most of those products write it: the closer word, as the products say.
    /// </summary>
    private async Task PreferAsWrittenAsync(List<SearchHit> hits, string text, CancellationToken cancellationToken)
    {
        // Most queries have no such word: the lexicon says so without reading any product.
        var lexicon = await SearchLexicon.CachedAsync(cache, db, lexicons, cancellationToken);
        var typed = SearchLexicon.WrittenWords(text).Distinct().Where(w => lexicon.WrittenSeveralWays(VietnameseText.Fold(w))).ToList();
        if (typed.Count == 0)
        {
            return;
        }

        var top = hits.OrderByDescending(h => h.Rank).Take(200).ToList();
        var ids = top.Select(h => h.ProductId).ToList();
        var names = (await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => SearchLexicon.WrittenWords(p.Name).ToHashSet(StringComparer.Ordinal));
        foreach (var written in typed)
        {
            var folded = VietnameseText.Fold(written);
            var readings = top.SelectMany(h => names.GetValueOrDefault(h.ProductId, []).Where(w => VietnameseText.Fold(w) == folded))
                .CountBy(w => w, StringComparer.Ordinal)
                .ToList();
            if (readings.Count < 2)
            {
                continue;
            }

            var preferred = written != folded && readings.Any(r => r.Key == written) ? written : readings.MaxBy(r => r.Value).Key;
            foreach (var hit in top.Where(h => names.GetValueOrDefault(h.ProductId, []).Contains(preferred)))
            {
                hit.Rank += WrittenAsTyped;
            }
        }
    }

    /// <summary>Above any rank the index gives (bm25 and ts_rank stay far below).</summary>
    private const double WrittenAsTyped = 1_000;


    private static void Count<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull => CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;

    /// <summary>
    /// The cheapest price today of each product with a sale running: a product's row keeps its list
    /// price (a sale starts and ends with the date, not with a write), and the price filter and sort
    /// must agree with the price its card shows. Few products are on sale at once, so the list is
    /// small; it is kept until a variant changes or the day does.
    /// </summary>
    private async Task<Dictionary<Guid, long>> SalePricesAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var held = await cache.GetOrCreateAsync(CatalogCache.SalePrices, token => ReadSalePricesAsync(today, token), cancellationToken: cancellationToken);
        if (held.Day != today)
        {
            held = await ReadSalePricesAsync(today, cancellationToken);
            await cache.SetAsync(CatalogCache.SalePrices, held, cancellationToken: cancellationToken);
        }

        return held.Prices.ToDictionary(p => p.ProductId, p => p.PriceVnd);
    }

    private async ValueTask<SalePrices> ReadSalePricesAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var onSale = db.Variants.Where(v => v.SalePriceVnd != null && v.SaleFrom <= today && v.SaleUntil >= today).Select(v => v.ProductId);
        var variants = await db.Variants.AsNoTracking().Where(v => onSale.Contains(v.ProductId)).ToListAsync(cancellationToken);
        return new SalePrices(
            today, variants.GroupBy(v => v.ProductId).Select(g => new SalePrice(g.Key.Value, g.Min(v => v.PriceOn(today)))).ToList());
    }

    [ImmutableObject(true)]
    private sealed record SalePrices(DateOnly Day, IReadOnlyList<SalePrice> Prices);

    private sealed record SalePrice(Guid ProductId, long PriceVnd);

    private async Task<IReadOnlyList<SearchHit>> BrowseRowsAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(
            CatalogCache.BrowseRows,
            async token => new BrowseRows(
                (await ProductSearchIndex.All(db.Public()).AsNoTracking().ToListAsync(token))
                    .OrderByDescending(r => r.CreatedAt).ThenBy(r => r.ProductId).ToList()),
            cancellationToken: cancellationToken)).Rows;

    /// <summary>
    /// Every public product's row, as the cache keeps them, newest first (the listing's order, which
    /// filtering keeps, so a listing sorts nothing). Sealed and marked immutable, so that
    /// HybridCache hands each search the one copy it holds: of a mutable list it makes a fresh copy
    /// per read, from its bytes, which at 100,000 products cost ~35 ms of CPU per listing page.
    /// The rows are only read.
    /// </summary>
    [ImmutableObject(true)]
    private sealed record BrowseRows(IReadOnlyList<SearchHit> Rows);

    /// <summary>
    /// The rows in the order asked; <paramref name="newestFirst"/>: they already are newest first (the browsing rows).
    /// </summary>
    private static IEnumerable<SearchHit> Sorted(List<SearchHit> rows, ProductSort sort, Func<SearchHit, long> price, bool ranked, bool newestFirst) =>
        sort switch
        {
            ProductSort.PriceAscending => rows.OrderBy(price).ThenBy(r => r.ProductId),
            ProductSort.PriceDescending => rows.OrderByDescending(price).ThenBy(r => r.ProductId),
            ProductSort.Name => rows.OrderBy(r => r.Slug, StringComparer.Ordinal).ThenBy(r => r.ProductId),
            ProductSort.Relevance when ranked => rows.OrderByDescending(r => r.Rank).ThenBy(r => r.ProductId),
            _ when newestFirst => rows,
            _ => rows.OrderByDescending(r => r.CreatedAt).ThenBy(r => r.ProductId),
        };

    /// <summary>The category and every category below it, or null for no category filter.</summary>
    private static HashSet<Guid>? Descendants(List<CategoryNode> categories, string? slug)
    {
        if (string.IsNullOrEmpty(slug))
        {
            return null;
        }

        return CategoryTree.Below(categories.Select(c => (c.Id, c.ParentId)).ToList(), categories.Where(c => c.Slug == slug).Select(c => c.Id));
    }

    private static List<FacetValue> CategoryFacet(Dictionary<Guid, int> counts, List<CategoryNode> categories)
    {
        var english = Cultures.IsEnglish;

        // A parent counts its children's products too.
        var tree = categories.Select(c => (c.Id, c.ParentId)).ToList();
        return categories.Select(c => new FacetValue(c.Slug, english ? c.NameEnglish : c.Name, CategoryTree.CountWithChildren(tree, counts, c.Id)))
            .Where(f => f.Count > 0)
            .OrderBy(f => f.Label, VietnameseText.Comparer)
            .ToList();
    }

    private static List<FacetValue> Facet(Dictionary<string, int> counts, Func<string, string> label) =>
        counts.Select(c => new FacetValue(c.Key, label(c.Key), c.Value)).OrderBy(f => f.Label, VietnameseText.Comparer).ToList();

    /// <summary>
    /// The certifications in force: each cooperative's own, and each product's own (OCOP stars rate
    /// a product). A product holds a kind when either does.
    /// </summary>
    private sealed record Certifications(
        IReadOnlyDictionary<CooperativeId, HashSet<CertificationKind>> Cooperatives, IReadOnlyDictionary<ProductId, HashSet<CertificationKind>> Products)
    {
        public bool Holds(SearchHit r, CertificationKind kind) =>
            (Cooperatives.TryGetValue(r.CooperativeId, out var ofCooperative) && ofCooperative.Contains(kind))
            || (Products.TryGetValue(r.ProductId, out var ofProduct) && ofProduct.Contains(kind));
    }

    private async Task<Certifications> CertificatesAsync(HashSet<CooperativeId> selling, CancellationToken cancellationToken)
    {
        var badges = selling.Count == 0
            ? new Dictionary<CooperativeId, IReadOnlyList<CertificationBadge>>()
            : await sender.Send(new GetCertificationBadgesQuery([.. selling]), cancellationToken);
        var all = badges.SelectMany(b => b.Value.Select(badge => (Cooperative: b.Key, Badge: badge))).ToList();
        return new Certifications(
            all.Where(b => b.Badge.ProductId is null).GroupBy(b => b.Cooperative).ToDictionary(g => g.Key, g => g.Select(b => b.Badge.Kind).ToHashSet()),
            all.Where(b => b.Badge.ProductId is not null).GroupBy(b => b.Badge.ProductId!.Value)
                .ToDictionary(g => g.Key, g => g.Select(b => b.Badge.Kind).ToHashSet()));
    }

    /// <summary>
    /// How many products the other filters keep hold each kind: all of a cooperative that holds it,
    /// and the products that hold it themselves (counted once).
    /// </summary>
    private static List<FacetValue> CertificationFacet(
        Dictionary<CooperativeId, int> byCooperative, List<SearchHit> ownCertificates, Certifications certificates) =>
        Enum.GetValues<CertificationKind>()
            .Select(kind => new FacetValue(
                kind.ToString(),
                kind.ToString(),
                byCooperative.Where(c => certificates.Cooperatives.TryGetValue(c.Key, out var k) && k.Contains(kind)).Sum(c => c.Value)
                    + ownCertificates.Count(r => certificates.Products[r.ProductId].Contains(kind)
                        && !(certificates.Cooperatives.TryGetValue(r.CooperativeId, out var k) && k.Contains(kind)))))
            .Where(f => f.Count > 0)
            .ToList();

    private sealed record CategoryNode(Guid Id, Guid? ParentId, string Slug, string Name, string NameEnglish);
}
