using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>
/// Wholesale prices as the forms ask for them, one row each: "from N units" and "price P" typed
/// as prices are ("430.000", "430k"). A row left empty is no row; a row with one half, or a
/// price that cannot be read, is unfinished (its number, from 1, is given back to be said).
/// </summary>
internal static class TierRows
{
    public static (List<VolumeTierInput> Tiers, List<int> Unfinished) Read(IEnumerable<int?>? from, IEnumerable<string?>? price)
    {
        var quantities = from?.ToList() ?? [];
        var prices = price?.ToList() ?? [];
        var tiers = new List<VolumeTierInput>();
        var unfinished = new List<int>();
        for (var row = 0; row < Math.Max(quantities.Count, prices.Count); row++)
        {
            var quantity = quantities.ElementAtOrDefault(row);
            var amount = prices.ElementAtOrDefault(row);
            if (quantity is null && string.IsNullOrWhiteSpace(amount))
            {
                continue;
            }

            if (quantity is { } minimum && VndAmount.TryParse(amount, out var vnd))
            {
                tiers.Add(new VolumeTierInput(minimum, vnd));
            }
            else
            {
                unfinished.Add(row + 1);
            }
        }

        return (tiers, unfinished);
    }
}
