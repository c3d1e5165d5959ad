using Marketplace.Catalog.Data;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Caching.Hybrid;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>What to offer as the shopper types: names of categories, cooperatives and products that hold every word begun.</summary>
internal sealed record SuggestSearchesQuery(string? Text) : IQuery<IReadOnlyList<SearchSuggestion>>;

/// <summary>A suggestion: its text (what the search box receives), what it names, and where it leads.</summary>
internal sealed record SearchSuggestion(string Text, SuggestionKind Kind, string Url);

/// <summary>
/// Drawn from the lexicon in this instance's memory (<see cref="SearchLexicon"/>), so typing costs
/// no database work: categories first, then cooperatives, then products; names that begin with
/// the first word before names that hold it further on; at most eight.
/// </summary>
internal sealed class SuggestSearchesHandler(CatalogDbContext db, HybridCache cache, SearchLexicon.Held lexicons)
    : IQueryHandler<SuggestSearchesQuery, IReadOnlyList<SearchSuggestion>>
{
    public const int Most = 8;

    public async ValueTask<IReadOnlyList<SearchSuggestion>> Handle(SuggestSearchesQuery query, CancellationToken cancellationToken)
    {
        var words = ProductSearchIndex.Words(query.Text);
        if (words.Count == 0 || words.Sum(w => w.Length) < 2)
        {
            return [];
        }

        var lexicon = await SearchLexicon.CachedAsync(cache, db, lexicons, cancellationToken);
        return lexicon.Names
            .Where(n => words.All(w => n.Words.Any(named => named.StartsWith(w, StringComparison.Ordinal))))
            .OrderBy(n => n.Kind switch { SuggestionKind.Category => 0, SuggestionKind.Cooperative => 1, _ => 2 })
            .ThenBy(n => n.Words[0].StartsWith(words[0], StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(n => n.Text.Length)
            .Take(Most)
            .Select(n => new SearchSuggestion(n.Text, n.Kind, n.Kind switch
            {
                SuggestionKind.Category => "/products?category=" + Uri.EscapeDataString(n.Key),
                SuggestionKind.Cooperative => "/storefronts/" + Uri.EscapeDataString(n.Key),
                _ => "/products?q=" + Uri.EscapeDataString(n.Text),
            }))
            .ToList();
    }
}

internal static class SuggestSearchesEndpoint
{
    public static void MapSuggestSearches(this IEndpointRouteBuilder api) =>
        api.MapGet("/products/suggestions", async Task<Ok<IReadOnlyList<SearchSuggestion>>> (string? q, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new SuggestSearchesQuery(q), cancellationToken)))
            .WithName("SuggestSearches")
            .WithSummary("Up to eight category, cooperative and product names holding every word begun (q=tra sh), for a search box as one types.")
            .WithTags("Products");
}
