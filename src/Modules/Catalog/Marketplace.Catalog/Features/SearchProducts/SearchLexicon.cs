using System.Text.RegularExpressions;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>
/// The words the public catalog names its products with (their names, categories and
/// cooperatives, folded), how many products use each, and how each is written most often
/// ("nhan" is "nhãn" in more product names than "nhân"). It corrects a query that found nothing
/// ("shan tuyt" → "shan tuyết", on every database) and offers suggestions as one types. Built from
/// the products when first asked after a change, in this instance's memory only.
/// </summary>
internal sealed partial class SearchLexicon
{
    private readonly Dictionary<string, int> _products;
    private readonly Dictionary<string, string> _written;
    private readonly HashSet<string> _writtenSeveralWays;

    private SearchLexicon(
        Dictionary<string, int> products, Dictionary<string, string> written, HashSet<string> writtenSeveralWays, IReadOnlyList<Suggestion> names)
    {
        _products = products;
        _written = written;
        _writtenSeveralWays = writtenSeveralWays;
        Names = names;
    }

    /// <summary>What suggestions are drawn from: categories, cooperatives and product names, each once.</summary>
    public IReadOnlyList<Suggestion> Names { get; }

    /// <summary>
    /// The lexicon of this instance, built when first asked after a change to the catalog's names.
    /// The cache keeps only a stamp (<see cref="CatalogCache.Lexicon"/>, removed by such a change,
    /// in Redis too when instances share it); the lexicon itself stays in <paramref name="held"/>:
    /// at 100,000 products it is megabytes that HybridCache would serialize.
    /// </summary>
    public static async Task<SearchLexicon> CachedAsync(HybridCache cache, CatalogDbContext db, Held held, CancellationToken cancellationToken)
    {
        var stamp = await cache.GetOrCreateAsync(
            CatalogCache.Lexicon,
            _ => ValueTask.FromResult(Guid.NewGuid()),
            new HybridCacheEntryOptions { Expiration = TimeSpan.FromDays(1) },
            cancellationToken: cancellationToken);
        if (held.Current is { } current && current.Stamp == stamp)
        {
            return current.Lexicon;
        }

        // One build at a time: the others wait for it rather than read the products too. The build
        // is not the request's: a shopper typing on cancels each suggestion's request.
        await held.Building.WaitAsync(cancellationToken);
        try
        {
            if (held.Current is not { } built || built.Stamp != stamp)
            {
                held.Current = built = new Built(stamp, await BuildAsync(db, CancellationToken.None));
            }

            return built.Lexicon;
        }
        finally
        {
            held.Building.Release();
        }
    }

    /// <summary>This instance's lexicon and the stamp it was built under (a singleton).</summary>
    internal sealed class Held : IDisposable
    {
        private Built? _current;

        /// <summary>Read and written whole (a reference), never a new stamp with an old lexicon.</summary>
        public Built? Current
        {
            get => Volatile.Read(ref _current);
            set => Volatile.Write(ref _current, value);
        }

        public SemaphoreSlim Building { get; } = new(1, 1);

        public void Dispose() => Building.Dispose();
    }

    internal sealed record Built(Guid Stamp, SearchLexicon Lexicon);

    private static async Task<SearchLexicon> BuildAsync(CatalogDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Public().AsNoTracking().Select(p => new { p.Name, p.SearchName, p.CategoryId, p.VendorSlug }).ToListAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.Name, c.Slug }).ToListAsync(cancellationToken);
        var sellers = await db.Sellers.AsNoTracking().Where(s => s.IsActive && !s.PausedForDebt)
            .Select(s => new { s.Name, s.Slug }).ToListAsync(cancellationToken);

        var products = new Dictionary<string, int>(StringComparer.Ordinal);
        var readings = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var names = new Dictionary<string, Suggestion>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var word in ProductSearchIndex.Words(row.SearchName, int.MaxValue))
            {
                products[word] = products.GetValueOrDefault(word) + 1;
            }

            foreach (var written in WrittenWords(row.Name))
            {
                var folded = VietnameseText.Fold(written);
                if (!readings.TryGetValue(folded, out var forms))
                {
                    readings[folded] = forms = new(StringComparer.Ordinal);
                }

                forms[written] = forms.GetValueOrDefault(written) + 1;
            }

            names.TryAdd(VietnameseText.Fold(row.Name), new Suggestion(row.Name, SuggestionKind.Product, row.Name));
        }

        var used = rows.Select(r => r.CategoryId).ToHashSet();
        foreach (var category in categories.Where(c => used.Contains(c.Id)))
        {
            names[VietnameseText.Fold(category.Name)] = new Suggestion(category.Name, SuggestionKind.Category, category.Slug);
        }

        var selling = rows.Select(r => r.VendorSlug).ToHashSet(StringComparer.Ordinal);
        foreach (var seller in sellers.Where(s => selling.Contains(s.Slug)))
        {
            names.TryAdd(VietnameseText.Fold(seller.Name), new Suggestion(seller.Name, SuggestionKind.Cooperative, seller.Slug));
        }

        var mostWritten = readings.ToDictionary(r => r.Key, r => r.Value.MaxBy(f => f.Value).Key, StringComparer.Ordinal);
        var severalWays = readings.Where(r => r.Value.Count > 1).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        return new SearchLexicon(products, mostWritten, severalWays, names.Values.Where(n => n.Words.Count > 0).ToList());
    }

    /// <summary>The words of a text as written (diacritics kept), in lower case.</summary>
    public static IEnumerable<string> WrittenWords(string text) =>
        LetterRuns().Matches(text.ToLowerInvariant()).Select(m => m.Value);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex LetterRuns();

    /// <summary>Whether product names write this folded word in more than one way ("nhan": nhãn, nhân).</summary>
    public bool WrittenSeveralWays(string folded) => _writtenSeveralWays.Contains(folded);

    /// <summary>How the catalog writes this folded word most often, or the word itself.</summary>
    public string Written(string folded) => _written.GetValueOrDefault(folded, folded);

    /// <summary>
    /// The catalog's words within one edit of <paramref name="word"/> (two for words of eight letters
    /// or more; an edit is a letter added, removed, changed, or two letters swapped), the most used
    /// first; none for words of two letters or fewer. A word the catalog has is not its own neighbour.
    /// </summary>
    public IReadOnlyList<string> Near(string word)
    {
        var most = word.Length switch { <= 2 => 0, < 8 => 1, _ => 2 };
        if (most == 0)
        {
            return [];
        }

        return _products
            .Where(w => Math.Abs(w.Key.Length - word.Length) <= most && w.Key != word)
            .Select(w => (Word: w.Key, Uses: w.Value, Distance: Distance(word, w.Key, most)))
            .Where(w => w.Distance <= most)
            .OrderBy(w => w.Distance).ThenByDescending(w => w.Uses).ThenBy(w => w.Word, StringComparer.Ordinal)
            .Take(3)
            .Select(w => w.Word)
            .ToList();
    }

    /// <summary>Optimal string alignment distance, given up beyond <paramref name="most"/>.</summary>
    internal static int Distance(string a, string b, int most)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                best = Math.Min(best, current[j]);
            }

            if (best > most)
            {
                return best;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}

internal enum SuggestionKind
{
    Product,
    Category,
    Cooperative,
}

/// <summary>
/// A name to offer as one types: a product's (searched by its name), a category's or a
/// cooperative's (opened by <see cref="Key"/>, its slug).
/// </summary>
internal sealed record Suggestion(string Text, SuggestionKind Kind, string Key)
{
    /// <summary>Its folded words, which what the shopper types is matched against.</summary>
    public IReadOnlyList<string> Words { get; } = ProductSearchIndex.Words(Text, int.MaxValue);
}
