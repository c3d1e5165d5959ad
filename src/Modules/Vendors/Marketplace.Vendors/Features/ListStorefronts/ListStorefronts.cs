using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Marketplace.Vendors.Features.ListStorefronts;

internal sealed class ListStorefrontsHandler(VendorsDbContext db, HybridCache cache, TimeProvider clock)
    : IQueryHandler<ListStorefrontsQuery, IReadOnlyList<StorefrontSummary>>
{
    public async ValueTask<IReadOnlyList<StorefrontSummary>> Handle(ListStorefrontsQuery query, CancellationToken cancellationToken)
    {
        var storefronts = await db.Cooperatives
            .AsNoTracking()
            .Where(c => c.Status == CooperativeStatus.Approved)
            .Select(c => new { c.Id, c.Slug, c.Name, c.Province, c.Commune, c.Tagline, c.LogoKey })
            .ToListAsync(cancellationToken);
        var badges = await db.BadgesAsync(cache, storefronts.Select(s => s.Id).ToList(), clock.Today(), cancellationToken);

        // Sorted here, not in SQL: database collations disagree on Vietnamese letters.
        return storefronts
            .OrderBy(s => s.Name, VietnameseText.Comparer)
            .Select(s => new StorefrontSummary(
                s.Id, s.Slug, s.Name, s.Province, s.Commune, s.Tagline, StorefrontViews.ImageUrl(s.LogoKey), badges.Of(s.Id).CooperativeWide()))
            .ToList();
    }
}
