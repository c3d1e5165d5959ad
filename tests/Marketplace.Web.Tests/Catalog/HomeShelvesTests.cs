using System.Net.Http.Json;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// The home page shows the catalog, not only the cooperatives: its top categories with their counts,
/// the season's picks (latest harvest lot first) and the best rated, each worked out here from the
/// demo catalog's own rows; a product an admin hides leaves them at once, cache or not.
/// </summary>
public sealed class HomeShelvesTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    [Fact]
    public async Task TheHomePage_ShowsCategoriesTheSeasonsPicksAndTheBestRated_AndLosesAHiddenProductAtOnce()
    {
        List<string> harvested, rated;
        await using (var scope = factory.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var since = TimeProvider.System.Today().AddDays(-60);
            var lots = await db.Lots.AsNoTracking().Where(l => l.ProducedOn >= since).ToListAsync();
            var names = await db.Products.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Name);
            harvested = lots.GroupBy(l => l.ProductId).OrderByDescending(g => g.Max(l => l.ProducedOn)).Take(8).Select(g => names[g.Key]).ToList();
            var reviews = await db.Reviews.AsNoTracking().Where(r => !r.Hidden).ToListAsync();
            rated = reviews.GroupBy(r => r.ProductId).Where(g => g.Average(r => r.Stars) >= 4)
                .OrderByDescending(g => g.Average(r => r.Stars)).ThenByDescending(g => g.Count()).Take(8).Select(g => names[g.Key]).ToList();
        }

        Assert.NotEmpty(harvested);
        Assert.NotEmpty(rated);
        var client = factory.CreateClient();
        var home = await client.GetPageAsync("/");
        Assert.Equal(harvested.Order(StringComparer.Ordinal), home.Texts("#home-harvest h3").Order(StringComparer.Ordinal));
        Assert.Equal(harvested[0], home.Texts("#home-harvest h3")[0]);
        Assert.Equal(rated.Order(StringComparer.Ordinal), home.Texts("#home-rated h3").Order(StringComparer.Ordinal));

        // The tea shelf counts green, black and herbal tea: five products.
        var tea = home.Document.QuerySelector("#home-categories a[href='/products?category=tra']")!;
        Assert.Equal("5", tea.QuerySelector(".count")!.TextContent);

        var admin = await factory.AdminAsync();
        var hidden = harvested[0];
        Guid productId;
        await using (var scope = factory.CreateScope())
        {
            productId = (await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Products.SingleAsync(p => p.Name == hidden)).Id.Value;
        }

        (await admin.PostAsJsonAsync($"/api/v1/admin/products/{productId}/moderation", new { hide = true, reason = "Ảnh sai" })).EnsureSuccessStatusCode();
        Assert.DoesNotContain(hidden, (await client.GetPageAsync("/")).Texts("#home-harvest h3"));
    }
}
