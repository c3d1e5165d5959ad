using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Web;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

internal static class StockUpdates
{
    /// <summary>
    /// Puts units back on a variant's stock in one UPDATE, with a new version so that an edit made
    /// on the old stock is refused. Lines go in variant order, so two returns cannot deadlock. The
    /// products' cached pages are marked stale: no change tracker sees a bulk UPDATE.
    /// </summary>
    public static async Task ReturnStockAsync(
        this CatalogDbContext db, IEnumerable<(VariantId VariantId, int Quantity)> lines, CancellationToken cancellationToken)
    {
        var returned = lines.ToList();
        var variantIds = returned.Select(l => l.VariantId).ToList();
        db.PagesChanged((await db.Variants.Where(v => variantIds.Contains(v.Id)).Select(v => v.ProductId).Distinct().ToListAsync(cancellationToken))
            .Select(p => ShopPages.ProductTag(p.Value)));
        foreach (var (variantId, quantity) in returned.OrderBy(l => l.VariantId))
        {
            var version = Guid.NewGuid();
            await db.Variants.Where(v => v.Id == variantId)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.Stock, v => v.Stock + quantity).SetProperty(v => v.Version, version), cancellationToken);
        }
    }
}
