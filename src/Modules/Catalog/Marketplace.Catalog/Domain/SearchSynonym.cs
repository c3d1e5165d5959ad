namespace Marketplace.Catalog.Domain;

/// <summary>
/// Words shoppers use for the same thing ("chè, trà"; "macca, mắc ca, macadamia"), kept by the
/// admins: a search for any of them finds the products named by the others.
/// </summary>
internal sealed class SearchSynonym
{
    private SearchSynonym()
    {
    }

    public SearchSynonym(Guid id, IReadOnlyList<string> terms, DateTimeOffset now)
    {
        Id = id;
        Change(terms, now);
    }

    public Guid Id { get; private set; }

    /// <summary>The column's length (<see cref="Terms"/>).</summary>
    public const int TermsLength = 500;

    /// <summary>The terms as the admin wrote them, comma-separated.</summary>
    public string Terms { get; private set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; private set; }

    public IReadOnlyList<string> TermList => Split(Terms);

    public void Change(IReadOnlyList<string> terms, DateTimeOffset now)
    {
        Terms = string.Join(", ", terms);
        ChangedAt = now;
    }

    /// <summary>The terms of a comma-separated list, trimmed, each once (whatever its case).</summary>
    public static IReadOnlyList<string> Split(string? terms) =>
        (terms ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .DistinctBy(t => t.ToLowerInvariant())
            .ToList();
}
