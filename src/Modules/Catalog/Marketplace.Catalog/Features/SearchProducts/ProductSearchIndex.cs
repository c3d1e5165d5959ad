using System.Text.RegularExpressions;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Text;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>
/// Full-text matching, each database in its own way, all over the same folded text (no
/// diacritics, đ as d, lower case: see <see cref="VietnameseText.Fold"/>), so "tra shan tuyet",
/// "trà shan tuyết" and "TRÀ SHAN TUYẾT" are one query, and "d" finds "đ":
/// SQLite: an FTS5 table kept by triggers, ranked by bm25;
/// PostgreSQL: a generated tsvector with a GIN index, ranked by ts_rank, plus pg_trgm word
/// similarity for near matches ("shan tuyt");
/// SQL Server: LIKE over the folded text (its full-text search needs a catalog we do not create).
/// The migrations create the index of each provider.
/// </summary>
internal static partial class ProductSearchIndex
{
    /// <summary>The query's words, folded; only letters and digits, so nothing in it is search syntax.</summary>
    public static IReadOnlyList<string> Words(string? text) =>
        text is null ? [] : WordPattern().Matches(VietnameseText.Fold(text)).Select(m => m.Value).Distinct().Take(8).ToList();

    public static IQueryable<SearchHit> Match(CatalogDbContext db, IReadOnlyList<string> words)
    {
        if (db.Database.IsSqlite())
        {
            var match = string.Join(" AND ", words.Select(w => $"\"{w}\"*"));
            return db.SearchHits.FromSql(
                $"SELECT product_id AS ProductId, -bm25(catalog_product_search) AS Rank FROM catalog_product_search WHERE catalog_product_search MATCH {match}");
        }

        if (db.Database.IsPostgres())
        {
            var tsquery = string.Join(" & ", words.Select(w => w + ":*"));
            var phrase = string.Join(' ', words);
            return db.SearchHits.FromSql(
                $"""
                SELECT p."Id" AS "ProductId", ts_rank(p.search_vector, to_tsquery('simple', {tsquery})) + word_similarity({phrase}, p."SearchText") AS "Rank"
                FROM catalog.products AS p
                WHERE p.search_vector @@ to_tsquery('simple', {tsquery}) OR {phrase} <% p."SearchText"
                """);
        }

        var products = db.Products.AsQueryable();
        foreach (var word in words)
        {
            products = products.Where(p => p.SearchText.Contains(word));
        }

        return products.Select(p => new SearchHit { ProductId = p.Id, Rank = 0 });
    }

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();
}
