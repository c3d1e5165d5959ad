using Marketplace.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

internal static class StockUpdates
{
    /// <summary>
    /// Puts units back on a variant's stock in one UPDATE, with a new version so that an edit made
    /// on the old stock is refused. Lines go in variant order, so two returns cannot deadlock.
    /// </summary>
    public static async Task ReturnStockAsync(
        this CatalogDbContext db, IEnumerable<(VariantId VariantId, int Quantity)> lines, CancellationToken cancellationToken)
    {
        foreach (var (variantId, quantity) in lines.OrderBy(l => l.VariantId))
        {
            var version = Guid.NewGuid();
            await db.Variants.Where(v => v.Id == variantId)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.Stock, v => v.Stock + quantity).SetProperty(v => v.Version, version), cancellationToken);
        }
    }
}
