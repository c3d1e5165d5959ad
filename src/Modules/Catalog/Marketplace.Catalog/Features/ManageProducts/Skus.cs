using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>
/// SKUs the marketplace makes for people who do not keep their own: the cooperative's initials,
/// the product's, and the pack ("TP-MCS-500G" for HTX Thuận Phong's "Mắc ca sấy" in 500 g bags),
/// then "-2", "-3" … while the code is taken. Readable on a packing slip and typed from one.
/// </summary>
internal static class Skus
{
    private const int MaxBase = 58;

    private static readonly string[] Skipped = ["htx", "thx", "hop", "tac", "xa", "cong", "ty", "co", "op"];

    public static string Base(string vendorSlug, string productName, SaleUnit unit, int? netWeightGrams)
    {
        var vendor = Initials(vendorSlug.Split('-').Where(w => !Skipped.Contains(w)), 3);
        var product = Initials(VietnameseText.Slugify(productName).Split('-'), 4);
        var pack = unit is SaleUnit.Bag or SaleUnit.Box && netWeightGrams is { } grams
            ? grams % 1000 == 0 ? $"{grams / 1000}KG" : $"{grams}G"
            : unit.Code().ToUpperInvariant();
        var sku = string.Join('-', new[] { vendor, product, pack }.Where(p => p.Length > 0));

        // A SKU holds 64 characters; "-99" must still fit after a long one (a name of many numbers).
        return sku.Length <= MaxBase ? sku : sku[..MaxBase].TrimEnd('-');
    }

    /// <summary>
    /// The base, or the base with the first free number, given the SKUs already taken. Several new
    /// SKUs of one base (a whole file of them) share <paramref name="tried"/>, the number each base
    /// is up to, so each is found in a step rather than by counting again from 2.
    /// </summary>
    public static string FirstFree(string baseSku, Func<string, bool> taken, Dictionary<string, int> tried)
    {
        ArgumentNullException.ThrowIfNull(taken);
        ArgumentNullException.ThrowIfNull(tried);
        var n = tried.GetValueOrDefault(baseSku, 1);
        var sku = n == 1 ? baseSku : $"{baseSku}-{n}";
        while (taken(sku))
        {
            sku = $"{baseSku}-{++n}";
        }

        tried[baseSku] = n;
        return sku;
    }

    /// <summary>The first letter of each of the first words, then any numbers whole ("Trà xanh số 2" is TXS2).</summary>
    private static string Initials(IEnumerable<string> words, int max)
    {
        var all = words.Where(w => w.Length > 0).ToList();
        var numbers = all.Where(w => w.All(char.IsAsciiDigit)).ToList();
        return string.Concat(all.Except(numbers).Take(max).Select(w => char.ToUpperInvariant(w[0]))) + string.Concat(numbers);
    }
}
