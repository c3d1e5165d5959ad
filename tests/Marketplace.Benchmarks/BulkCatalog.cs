using Bogus;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Benchmarks;

/// <summary>
/// Fills the catalog with generated products around the demo cooperatives, in batches through
/// the real DbContext (so the search index's triggers or generated column fill as in production).
/// </summary>
internal static class BulkCatalog
{
    private static readonly string[] Kinds =
    [
        "Trà", "Hồng trà", "Trà xanh", "Mắc ca", "Hạt điều", "Nhãn", "Long nhãn", "Bưởi", "Cỏ ngọt", "Gừng", "Nghệ", "Quế",
        "Gạo nếp", "Gạo tám", "Miến dong", "Măng khô", "Mật ong", "Cà phê", "Hạt tiêu", "Vải thiều", "Xoài", "Chè", "Sâm",
        "Nấm hương",
    ];

    private static readonly string[] Qualities =
    [
        "Shan Tuyết", "cổ thụ", "hữu cơ", "VietGAP", "sấy khô", "tươi", "rang mộc", "đặc sản", "thượng hạng", "loại 1",
        "đồi", "núi", "Thái Nguyên", "Đắk Lắk", "Cao Bằng", "Lào Cai", "Phú Thọ", "truyền thống", "nguyên chất", "sạch",
    ];

    public static async Task AddAsync(IServiceProvider services, int count, int seed)
    {
        var faker = new Faker("vi") { Random = new Randomizer(seed) };
        Guid[] categories = [];
        Seller[] vendors = [];
        while (vendors.Length < 7)
        {
            // The demo cooperatives reach the catalog through the outbox, a moment after start.
            await Task.Delay(200);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            categories = await db.Categories.Select(c => c.Id).ToArrayAsync();
            vendors = await db.Sellers.AsNoTracking().Where(s => s.IsActive).ToArrayAsync();
        }

        var now = DateTimeOffset.UtcNow;
        const int Batch = 2_000;
        for (var done = 0; done < count; done += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + Batch); i++)
            {
                var name = $"{faker.PickRandom(Kinds)} {faker.PickRandom(Qualities)} {faker.PickRandom(Qualities)} {i}";
                var product = Product.Create(
                    ProductId.New(), faker.PickRandom(vendors), new ProductText(faker.PickRandom(categories), name, null, faker.Lorem.Sentence(14), null), now);
                var price = faker.Random.Int(20, 2_000) * 1_000L;
                db.Variants.Add(product.AddVariant(
                    VariantId.New(),
                    new VariantTerms($"B-{i}", SaleUnit.Kilogram, null, price, faker.Random.Int(0, 500), 1, [new VolumeTier(20, price - 1_000)])));
                product.ChangeStatus(ProductStatus.Published, now);
                db.Products.Add(product);
            }

            await db.SaveChangesAsync();
        }

        // A database in use has statistics; one just bulk-filled has none until autovacuum comes
        // round, and PostgreSQL then plans the search as if the table were empty.
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? "ANALYZE;" : "ANALYZE catalog.products; ANALYZE catalog.variants;");
        }
    }
}
