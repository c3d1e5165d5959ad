using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Mediator;
using Microsoft.Extensions.Caching.Hybrid;

namespace Marketplace.Vendors.Features.GetCertificationBadges;

/// <summary>What Catalog asks to put badges on product cards and pages.</summary>
internal sealed class GetCertificationBadgesHandler(VendorsDbContext db, HybridCache cache, TimeProvider clock)
    : IQueryHandler<GetCertificationBadgesQuery, IReadOnlyDictionary<CooperativeId, IReadOnlyList<CertificationBadge>>>
{
    public async ValueTask<IReadOnlyDictionary<CooperativeId, IReadOnlyList<CertificationBadge>>> Handle(
        GetCertificationBadgesQuery query, CancellationToken cancellationToken) =>
        await db.BadgesAsync(cache, query.CooperativeIds, clock.Today(), cancellationToken);
}
