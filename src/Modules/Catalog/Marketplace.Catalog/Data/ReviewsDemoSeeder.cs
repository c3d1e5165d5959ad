using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

/// <summary>A few reviews of what the demo shoppers received, written through the same command a shopper sends.</summary>
internal sealed class ReviewsDemoSeeder(CatalogDbContext db, ISender sender) : IDemoDataSeeder
{
    private static readonly (int Stars, string Text)[] Words =
    [
        (5, "Trà thơm, nước xanh, vị ngọt hậu. Đóng gói cẩn thận, giao nhanh."),
        (4, "Hạt to, giòn, bùi. Giá hơi cao nhưng đáng tiền."),
        (5, "Hàng đúng như mô tả, sẽ mua lại."),
    ];

    public int Order => 40;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Reviews.AnyAsync(cancellationToken))
        {
            return;
        }

        var n = 0;
        foreach (var shopper in Enumerable.Range(1, 5).Select(i => $"shopper{i}@example.vn"))
        {
            var orders = await sender.Send(new ListMyOrdersQuery(DemoPeople.IdOf(shopper)), cancellationToken);
            foreach (var part in orders.SelectMany(o => o.Parts).Where(p => p.Status == PartStatus.Delivered))
            {
                foreach (var line in part.Lines.Where(l => l.VariantId is not null))
                {
                    var (stars, text) = Words[n++ % Words.Length];
                    await sender.Send(new WriteReviewCommand(part.PartId, line.VariantId!.Value, DemoPeople.IdOf(shopper), shopper, stars, text),
                        cancellationToken);
                }
            }
        }
    }
}
