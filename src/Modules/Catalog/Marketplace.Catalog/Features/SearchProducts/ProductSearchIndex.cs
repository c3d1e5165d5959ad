using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Text;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>
/// Full-text matching, each database in its own way, all over the same folded text (no
/// diacritics, đ as d, lower case: see <see cref="VietnameseText.Fold"/>), so "tra shan tuyet",
/// "trà shan tuyết" and "TRÀ SHAN TUYẾT" are one query, and "d" finds "đ":
/// SQLite: an FTS5 table kept by triggers, ranked by bm25, a match in what names the product
/// (its name column) weighing four times one in its descriptions;
/// PostgreSQL: a generated tsvector with a GIN index, the name weighted A and the descriptions D,
/// ranked by ts_rank, and when nothing else finds anything, pg_trgm word similarity;
/// SQL Server: LIKE over the folded text (its full-text search needs a catalog we do not create).
/// What is matched is <see cref="SearchTerms"/>: the typed words, widened by synonyms, and by the
/// catalog's nearest words when they found nothing (see SearchProductsHandler).
/// The migrations create each provider's index. The best <see cref="MaxHits"/> matches are
/// taken first and joined to their products by key, so a query costs the same at 10,000
/// products as at 100,000 once the index has answered.
/// </summary>
internal static partial class ProductSearchIndex
{
    public const int MaxHits = 5_000;

    /// <summary>The query's words, folded; only letters and digits, so nothing in it is search syntax.</summary>
    public static IReadOnlyList<string> Words(string? text) => Words(text, 8);

    /// <summary>At most <paramref name="most"/> of the text's folded words, each once.</summary>
    public static IReadOnlyList<string> Words(string? text, int most) =>
        text is null ? [] : WordPattern().Matches(VietnameseText.Fold(text)).Select(m => m.Value).Distinct().Take(most).ToList();

    /// <summary>
    /// The public products that match every group of the terms (a typed word may be the beginning
    /// of one), best first: a match in what names a product (<see cref="Domain.Product.SearchName"/>)
    /// weighs more than one in its descriptions.
    /// </summary>
    public static IQueryable<SearchHit> Match(CatalogDbContext db, SearchTerms terms)
    {
        if (db.Database.IsSqlite())
        {
            var match = string.Join(
                " AND ", terms.Groups.Select(g => "(" + string.Join(" OR ", g.Select(p => $"\"{p.Text}\"" + (p.Prefix ? "*" : string.Empty))) + ")"));
            return db.SearchHits.FromSql(
                $"""
                SELECT p."Id" AS ProductId, h.Rank AS Rank, p."CategoryId" AS CategoryId, p."CooperativeId" AS CooperativeId, p."Province" AS Province,
                       p."VendorSlug" AS VendorSlug, p."FromPriceVnd" AS FromPriceVnd, p."CreatedAt" AS CreatedAt, p."Slug" AS Slug
                FROM (SELECT product_id, -bm25(catalog_product_search, 0.0, 4.0, 1.0) AS Rank FROM catalog_product_search
                      WHERE catalog_product_search MATCH {match} ORDER BY bm25(catalog_product_search, 0.0, 4.0, 1.0) LIMIT {MaxHits}) AS h
                CROSS JOIN catalog_products AS p ON p."Id" = h.product_id
                WHERE p."Status" = 'Published' AND NOT p."HiddenByAdmin" AND p."SellerActive"
                """);
        }

        if (db.Database.IsPostgres())
        {
            var tsquery = string.Join(
                " & ",
                terms.Groups.Select(g => "(" + string.Join(" | ", g.Select(p => string.Join(" <-> ", p.Words) + (p.Prefix ? ":*" : string.Empty))) + ")"));
            return db.SearchHits.FromSql(
                $"""
                SELECT p."Id" AS "ProductId", ts_rank(p.search_vector, to_tsquery('simple', {tsquery})) AS "Rank", p."CategoryId" AS "CategoryId",
                       p."CooperativeId" AS "CooperativeId", p."Province" AS "Province", p."VendorSlug" AS "VendorSlug", p."FromPriceVnd" AS "FromPriceVnd",
                       p."CreatedAt" AS "CreatedAt", p."Slug" AS "Slug"
                FROM catalog.products AS p
                WHERE p.search_vector @@ to_tsquery('simple', {tsquery}) AND p."Status" = 'Published' AND NOT p."HiddenByAdmin" AND p."SellerActive"
                ORDER BY 2 DESC
                LIMIT {MaxHits}
                """);
        }

        var products = db.Public();
        foreach (var group in terms.Groups)
        {
            products = products.Where(AnyOf(group.Select(p => p.Text)));
        }

        return All(products).Take(MaxHits);
    }

    /// <summary>
    /// A product whose folded text holds any of the phrases (SQL Server's LIKE). Each phrase is a
    /// captured variable, so EF sends it as a parameter: one plan for every query of that shape.
    /// </summary>
    private static Expression<Func<Product, bool>> AnyOf(IEnumerable<string> phrases)
    {
        var product = Expression.Parameter(typeof(Product), "p");
        var any = phrases
            .Select(Holds)
            .Select(holds => new ParameterSwap(holds.Parameters[0], product).Visit(holds.Body))
            .Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<Product, bool>>(any, product);
    }

    private static Expression<Func<Product, bool>> Holds(string phrase) => p => p.SearchName.Contains(phrase) || p.SearchText.Contains(phrase);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    /// <summary>
    /// Near misses ("shan tuyt" for "shan tuyết"), asked only when the words matched nothing:
    /// pg_trgm word similarity on PostgreSQL, through its GIN trigram index; null elsewhere.
    /// </summary>
    public static IQueryable<SearchHit>? NearMatch(CatalogDbContext db, IReadOnlyList<string> words)
    {
        if (!db.Database.IsPostgres())
        {
            return null;
        }

        var phrase = string.Join(' ', words);
        return db.SearchHits.FromSql(
            $"""
            SELECT p."Id" AS "ProductId", word_similarity({phrase}, p."SearchText") AS "Rank", p."CategoryId" AS "CategoryId",
                   p."CooperativeId" AS "CooperativeId", p."Province" AS "Province", p."VendorSlug" AS "VendorSlug", p."FromPriceVnd" AS "FromPriceVnd",
                   p."CreatedAt" AS "CreatedAt", p."Slug" AS "Slug"
            FROM catalog.products AS p
            WHERE {phrase} <% p."SearchText" AND p."Status" = 'Published' AND NOT p."HiddenByAdmin" AND p."SellerActive"
            ORDER BY 2 DESC
            LIMIT {MaxHits}
            """);
    }

    /// <summary>Every public product, unranked: what browsing without words filters.</summary>
    public static IQueryable<SearchHit> All(IQueryable<Product> products) =>
        products.Select(p => new SearchHit
        {
            ProductId = p.Id,
            Rank = 0,
            CategoryId = p.CategoryId,
            CooperativeId = p.CooperativeId,
            Province = p.Province,
            VendorSlug = p.VendorSlug,
            FromPriceVnd = p.FromPriceVnd,
            CreatedAt = p.CreatedAt,
            Slug = p.Slug,
        });

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();
}
