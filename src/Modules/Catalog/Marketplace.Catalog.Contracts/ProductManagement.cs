using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Contracts;

public sealed record VolumeTierView(int MinQuantity, Money Price)
{
    /// <summary>
    /// Catalog's one rule for a volume price: the lowest price of the tiers the quantity reaches,
    /// else the list price. Catalog's variants and checkout's cart both price by it.
    /// </summary>
    public static long PriceAt(long listPriceVnd, IEnumerable<(int MinQuantity, long PriceVnd)> tiers, int quantity) =>
        tiers.Where(t => quantity >= t.MinQuantity).Select(t => t.PriceVnd).DefaultIfEmpty(listPriceVnd).Min();
}
