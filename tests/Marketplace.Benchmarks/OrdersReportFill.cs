using Bogus;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// A year of generated orders for the orders report: a part of one to four lines from one of 120
/// cooperatives (3,000 products among them), shipped to any of the provinces, paid any way, by
/// 40,000 buyers. Most parts are delivered, one in twenty-five cancelled with one of a few reasons,
/// and those of the last three days still open. Saved through the Ordering module's own context,
/// so its report rows are written as the marketplace writes them.
/// </summary>
internal static class OrdersReportFill
{
    private static readonly string[] Reasons =
        ["Hết hàng", "Khách đổi ý", "Không liên lạc được người mua", "Sai địa chỉ giao", "Hàng dập khi đóng gói"];

    public static async Task<int> FillAsync(IServiceProvider services, int orderLines, int seed)
    {
        var faker = new Faker("vi") { Random = new Randomizer(seed) };
        var cooperatives = Enumerable.Range(0, 120).Select(_ => CooperativeId.New()).ToArray();
        var products = Enumerable.Range(0, 3_000)
            .Select(i => (Cooperative: cooperatives[i % cooperatives.Length], Variant: VariantId.New(), Sku: $"SP-{i:D5}", Name: faker.Commerce.ProductName(),
                Price: faker.Random.Int(20, 900) * 1_000L))
            .ToArray();
        var catalogOf = products.GroupBy(p => p.Cooperative).ToDictionary(g => g.Key, g => g.ToArray());
        var buyers = Enumerable.Range(0, 40_000).Select(_ => UserId.From(Guid.NewGuid())).ToArray();
        var now = DateTimeOffset.UtcNow;
        var lines = 0;
        var parts = 0;
        const int Batch = 5_000;
        while (lines < orderLines)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
            for (var i = 0; i < Batch && lines < orderLines; i++, parts++)
            {
                var at = now.AddMinutes(-faker.Random.Int(0, 365 * 24 * 60));
                var method = faker.PickRandom<PaymentMethod>();
                var order = new Order(
                    OrderId.New(), Order.NewNumber(at), faker.PickRandom(buyers), "mua@example.vn", Guid.NewGuid().ToString(),
                    new Address("Người mua", "0912345678", faker.PickRandom(Provinces.All.ToArray()), "Phường 1", "1 Đường A"), null, method, "vi", at);
                var cooperative = faker.PickRandom(cooperatives);
                var partLines = faker.PickRandom(catalogOf[cooperative], faker.Random.Int(1, 4))
                    .Select(p => new OrderLine(p.Variant, p.Sku, p.Name, "hộp", 500, faker.Random.Int(1, 5), p.Price))
                    .ToList();
                lines += partLines.Count;
                var part = new OrderPart(OrderPartId.New(), order.Id, cooperative, "HTX", partLines, 30_000, method == PaymentMethod.CashOnDelivery, at);
                part.PaymentReceived();
                if (parts % 25 == 0)
                {
                    part.Fulfil(FulfilmentAction.Cancel, null, null, faker.PickRandom(Reasons), at);
                }
                else if (at < now.AddDays(-3))
                {
                    foreach (var step in new[] { FulfilmentAction.Confirm, FulfilmentAction.Pack, FulfilmentAction.Ship, FulfilmentAction.Deliver })
                    {
                        part.Fulfil(step, "GHN", "GHN123", null, at);
                    }
                }

                order.Add(part);
                db.Orders.Add(order);
            }

            await db.SaveChangesAsync();
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrderingDbContext>();
            foreach (var table in db.Database.IsSqlite() ? [string.Empty] : new[] { "sold_lines", "order_parts", "orders" })
            {
                // One statement a call: PostgreSQL runs no VACUUM inside a transaction, which several statements make.
                await db.Database.ExecuteSqlRawAsync(table.Length == 0 ? "ANALYZE;" : $"VACUUM ANALYZE ordering.{table};");
            }
        }

        return parts;
    }
}
