using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Stock;

/// <summary>
/// Each line is one UPDATE … WHERE stock >= quantity: the database checks and takes in one step,
/// so two checkouts can never both take the last units. A line that cannot be taken fails the
/// command, and the unit-of-work behaviour rolls back the lines already taken.
/// </summary>
internal sealed class ReserveStockHandler(CatalogDbContext db, TimeProvider clock) : ICommandHandler<ReserveStockCommand, Result<Done>>
{
    public const int LowStockThreshold = 10;

    public async ValueTask<Result<Done>> Handle(ReserveStockCommand command, CancellationToken cancellationToken)
    {
        // Always in the same order, so two orders of the same variants cannot deadlock each other.
        foreach (var line in command.Lines.GroupBy(l => l.VariantId).Select(g => new StockLine(g.Key, g.Sum(l => l.Quantity))).OrderBy(l => l.VariantId))
        {
            var version = Guid.NewGuid();
            var taken = await db.Variants
                .Where(v => v.Id == line.VariantId && v.Stock >= line.Quantity && db.Public().Any(p => p.Id == v.ProductId))
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.Stock, v => v.Stock - line.Quantity).SetProperty(v => v.Version, version), cancellationToken);
            if (taken == 0)
            {
                return Error.Conflict("stock.insufficient", Bilingual.Pick(
                    "Không đủ hàng cho một sản phẩm trong đơn, hoặc sản phẩm đã ngừng bán.",
                    "A product of the order is out of stock or no longer on sale."));
            }

            var left = await db.Variants.Where(v => v.Id == line.VariantId).Select(v => new { v.Stock, v.Sku, v.ProductId }).SingleAsync(cancellationToken);
            db.PagesChanged([ShopPages.ProductTag(left.ProductId.Value)]); // no change tracker sees the UPDATE
            if (left.Stock <= LowStockThreshold && left.Stock + line.Quantity > LowStockThreshold)
            {
                var cooperativeId = await db.Products.Where(p => p.Id == left.ProductId).Select(p => p.CooperativeId).SingleAsync(cancellationToken);
                db.AddIntegrationEvent(
                    new StockLowIntegrationEvent(Guid.NewGuid(), clock.GetUtcNow(), line.VariantId, left.ProductId, cooperativeId, left.Sku, left.Stock));
            }
        }

        return Done.Value;
    }
}
