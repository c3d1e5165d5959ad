using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.ListStorefronts;

internal sealed class ListStorefrontsHandler(VendorsDbContext db) : IQueryHandler<ListStorefrontsQuery, IReadOnlyList<StorefrontSummary>>
{
    public async ValueTask<IReadOnlyList<StorefrontSummary>> Handle(ListStorefrontsQuery query, CancellationToken cancellationToken)
    {
        var storefronts = await db.Cooperatives
            .AsNoTracking()
            .Where(c => c.Status == CooperativeStatus.Approved)
            .Select(c => new StorefrontSummary(c.Id, c.Slug, c.Name, c.Province, c.Commune, c.Tagline))
            .ToListAsync(cancellationToken);

        // Sorted here, not in SQL: database collations disagree on Vietnamese letters.
        return storefronts.OrderBy(s => s.Name, VietnameseText.Comparer).ToList();
    }
}
