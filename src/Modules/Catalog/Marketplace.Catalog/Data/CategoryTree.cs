namespace Marketplace.Catalog.Data;

/// <summary>
/// The category tree as (id, parent) pairs, walked the one way every reader needs: what lies below
/// a category (a filter by category includes its children; a renamed category renames theirs), and
/// how many products a category holds with those below it (facets, the home page's chips).
/// </summary>
internal static class CategoryTree
{
    /// <summary>The <paramref name="roots"/> and every category below them, however deep.</summary>
    public static HashSet<Guid> Below(IReadOnlyCollection<(Guid Id, Guid? ParentId)> tree, IEnumerable<Guid> roots)
    {
        var result = roots.ToHashSet();
        for (var added = result.Count > 0; added;)
        {
            added = false;
            foreach (var (id, _) in tree.Where(c => c.ParentId is { } parent && result.Contains(parent)))
            {
                added |= result.Add(id);
            }
        }

        return result;
    }

    /// <summary>The products of <paramref name="category"/> and of every category below it, from counts per category.</summary>
    public static int CountWithChildren(IReadOnlyCollection<(Guid Id, Guid? ParentId)> tree, IReadOnlyDictionary<Guid, int> counts, Guid category) =>
        counts.GetValueOrDefault(category) + tree.Where(c => c.ParentId == category).Sum(c => CountWithChildren(tree, counts, c.Id));
}
