using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>
/// One way of saying what the shopper asked: <see cref="Words"/> are folded words, one after the
/// other; <see cref="Prefix"/>: the last may be the beginning of a word (what the shopper typed,
/// possibly unfinished), not so for a synonym or a correction put in its place.
/// </summary>
internal sealed record SearchPhrase(IReadOnlyList<string> Words, bool Prefix)
{
    public string Text => string.Join(' ', Words);
}

/// <summary>
/// What a query asks of the search index: every group must match, and a group matches when any of
/// its phrases does. "che shan tuyet" with the synonyms chè/trà is (che* | tra) and shan* and tuyet*.
/// </summary>
internal sealed record SearchTerms(IReadOnlyList<IReadOnlyList<SearchPhrase>> Groups)
{
    public static SearchTerms Of(IReadOnlyList<string> words, SynonymSet synonyms)
    {
        var groups = new List<IReadOnlyList<SearchPhrase>>();
        for (var i = 0; i < words.Count;)
        {
            // The longest run of the query's words that is one of a synonym group's terms.
            var (length, group) = synonyms.LongestAt(words, i);
            if (length == 0)
            {
                groups.Add([new SearchPhrase([words[i]], Prefix: true)]);
                i++;
                continue;
            }

            var typed = words.Skip(i).Take(length).ToList();
            groups.Add([new SearchPhrase(typed, Prefix: true), .. group.Where(t => !t.SequenceEqual(typed)).Select(t => new SearchPhrase(t, Prefix: false))]);
            i += length;
        }

        return new SearchTerms(groups);
    }
}

/// <summary>The synonym groups the admins keep, folded: each term a run of words (see <see cref="VietnameseText.Fold"/>).</summary>
internal sealed class SynonymSet
{
    private readonly Dictionary<string, List<IReadOnlyList<IReadOnlyList<string>>>> _byFirstWord = new(StringComparer.Ordinal);

    public SynonymSet(IEnumerable<IReadOnlyList<IReadOnlyList<string>>> groups)
    {
        foreach (var group in groups)
        {
            foreach (var term in group.Where(t => t.Count > 0))
            {
                if (!_byFirstWord.TryGetValue(term[0], out var list))
                {
                    _byFirstWord[term[0]] = list = [];
                }

                list.Add(group);
            }
        }
    }

    public static SynonymSet Empty { get; } = new([]);

    /// <summary>The words of one term as an admin typed it ("mắc ca" is mac, ca).</summary>
    public static IReadOnlyList<string> Words(string term) => ProductSearchIndex.Words(term, int.MaxValue);

    /// <summary>How many of the words from <paramref name="at"/> on are a term, the longest there is, and that term's group.</summary>
    public (int Length, IReadOnlyList<IReadOnlyList<string>> Group) LongestAt(IReadOnlyList<string> words, int at)
    {
        var best = (Length: 0, Group: (IReadOnlyList<IReadOnlyList<string>>)[]);
        if (!_byFirstWord.TryGetValue(words[at], out var groups))
        {
            return best;
        }

        foreach (var group in groups)
        {
            foreach (var term in group)
            {
                if (term.Count > best.Length && at + term.Count <= words.Count && term[0] == words[at]
                    && term.Select((w, k) => w == words[at + k]).All(same => same))
                {
                    best = (term.Count, group);
                }
            }
        }

        return best;
    }
}
