using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

internal static class CertificationBadges
{
    /// <summary>The certificates that earn a badge on <paramref name="today"/>: verified, not past their expiry date.</summary>
    public static IQueryable<Certificate> Valid(this IQueryable<Certificate> certificates, DateOnly today) =>
        certificates.Where(Certificate.EarnsBadgeOn(today));

    /// <summary>
    /// Badges as of <paramref name="today"/> in Vietnam: verified certificates whose expiry date has
    /// not passed. Expiry is part of the query, so a badge goes on its date with nothing to run.
    /// One badge per kind and scope (the cooperative, or each product): the best OCOP rating, then
    /// the latest expiry.
    /// </summary>
    public static async Task<IReadOnlyDictionary<CooperativeId, IReadOnlyList<CertificationBadge>>> BadgesAsync(
        this VendorsDbContext db, IReadOnlyCollection<CooperativeId> cooperativeIds, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = cooperativeIds.Distinct().ToList();
        var rows = await db.Certificates.AsNoTracking().Valid(today)
            .Where(c => ids.Contains(c.CooperativeId))
            .Select(c => new { c.CooperativeId, c.Kind, c.OcopStars, c.ExpiresOn, c.ProductId })
            .ToListAsync(cancellationToken);

        return rows.GroupBy(r => r.CooperativeId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<CertificationBadge>)g.GroupBy(r => (r.Kind, r.ProductId))
                .Select(k => k.OrderByDescending(r => r.OcopStars ?? 0).ThenByDescending(r => r.ExpiresOn).First())
                .OrderBy(r => r.Kind)
                .Select(r => new CertificationBadge(r.Kind, r.OcopStars, r.ExpiresOn, r.ProductId))
                .ToList());
    }

    public static IReadOnlyList<CertificationBadge> Of(
        this IReadOnlyDictionary<CooperativeId, IReadOnlyList<CertificationBadge>> badges, CooperativeId cooperativeId) =>
        badges.TryGetValue(cooperativeId, out var found) ? found : [];
}
