using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.HomeShelves;

/// <summary>
/// The home page's shelves, each from one grouped query: categories counted from the public
/// products, the season's picks by their latest lot (harvested in the last <see cref="SeasonDays"/>
/// days), the best rated by their visible reviews (four stars on average at least). The home page
/// is served from the output cache and evicted with the catalog, so this runs once per change.
/// </summary>
internal sealed class HomeShelvesHandler(CatalogDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<GetHomeShelvesQuery, Contracts.HomeShelves>
{
    public const int SeasonDays = 60;

    private const int Shelf = 8;

    public async ValueTask<Contracts.HomeShelves> Handle(GetHomeShelvesQuery query, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.AsNoTracking().OrderBy(c => c.Position).ToListAsync(cancellationToken);
        var counts = await db.Public().GroupBy(p => p.CategoryId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var tree = categories.Select(c => (c.Id, c.ParentId)).ToList();
        var tiles = categories.Where(c => c.ParentId is null)
            .Select(c => new CategoryTile(c.Slug, c.Name, c.NameEnglish, CategoryTree.CountWithChildren(tree, counts, c.Id)))
            .Where(t => t.Products > 0)
            .ToList();

        var since = clock.Today().AddDays(-SeasonDays);
        var harvested = await db.Lots.Where(l => l.ProducedOn >= since && db.Public().Any(p => p.Id == l.ProductId))
            .GroupBy(l => l.ProductId)
            .Select(g => new { ProductId = g.Key, Last = g.Max(l => l.ProducedOn) })
            .OrderByDescending(g => g.Last).ThenBy(g => g.ProductId)
            .Take(Shelf)
            .Select(g => g.ProductId)
            .ToListAsync(cancellationToken);
        var rated = await db.Reviews.Where(r => !r.Hidden && db.Public().Any(p => p.Id == r.ProductId))
            .GroupBy(r => r.ProductId)
            .Select(g => new { ProductId = g.Key, Stars = g.Average(r => (double)r.Stars), Count = g.Count() })
            .Where(g => g.Stars >= 4)
            .OrderByDescending(g => g.Stars).ThenByDescending(g => g.Count).ThenBy(g => g.ProductId)
            .Take(Shelf)
            .Select(g => g.ProductId)
            .ToListAsync(cancellationToken);

        var today = clock.Today();
        var running = await db.Campaigns.AsNoTracking().Include(c => c.Products)
            .Where(c => c.StartsOn <= today && c.EndsOn >= today)
            .OrderBy(c => c.EndsOn).ThenBy(c => c.Slug)
            .Take(2)
            .ToListAsync(cancellationToken);
        var campaigns = new List<CampaignShelf>();
        foreach (var campaign in running)
        {
            var first = campaign.Products.OrderBy(p => p.Position).Select(p => p.ProductId).ToList();
            var cards = (await db.CardsAsync(sender, first, today, cancellationToken)).Take(Shelf).ToList();
            campaigns.Add(new CampaignShelf(campaign.Slug, campaign.Title, campaign.TitleEnglish, campaign.EndsOn, cards));
        }

        return new Contracts.HomeShelves(
            tiles,
            await db.CardsAsync(sender, harvested, today, cancellationToken),
            await db.CardsAsync(sender, rated, today, cancellationToken))
        {
            Campaigns = campaigns,
        };
    }
}
