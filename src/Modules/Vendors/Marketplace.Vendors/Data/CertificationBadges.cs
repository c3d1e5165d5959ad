using System.ComponentModel;
using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Marketplace.Vendors.Data;

internal static class CertificationBadges
{
    /// <summary>The certificates that earn a badge on <paramref name="today"/>: verified, not past their expiry date.</summary>
    public static IQueryable<Certificate> Valid(this IQueryable<Certificate> certificates, DateOnly today) =>
        certificates.Where(Certificate.EarnsBadgeOn(today));

    /// <summary>
    /// Badges as of <paramref name="today"/> in Vietnam: verified certificates whose expiry date has
    /// not passed. Expiry is checked on every read, so a badge goes on its date with nothing to run.
    /// One badge per kind and scope (the cooperative, or each product): the best OCOP rating, then
    /// the latest expiry. Every search page and storefront asks, so the verified certificates are
    /// read from the cache (<see cref="VendorsCache.VerifiedCertificates"/>), which a change to any
    /// certificate evicts; a day later the rows held are still right once the expired ones are left
    /// out, as no certificate starts earning a badge by the date alone.
    /// </summary>
    public static async Task<IReadOnlyDictionary<CooperativeId, IReadOnlyList<CertificationBadge>>> BadgesAsync(
        this VendorsDbContext db, HybridCache cache, IReadOnlyCollection<CooperativeId> cooperativeIds, DateOnly today, CancellationToken cancellationToken)
    {
        var verified = await cache.GetOrCreateAsync(
            VendorsCache.VerifiedCertificates, token => ReadVerifiedAsync(db, today, token), cancellationToken: cancellationToken);
        if (verified.Day > today)
        {
            // Read on a later day (another instance's clock just past midnight): it lacks what expired in between.
            verified = await ReadVerifiedAsync(db, today, cancellationToken);
        }

        var ids = cooperativeIds.Select(id => id.Value).ToHashSet();
        // Certificate.EarnsBadgeOn(today), on rows that were all verified and unexpired on the day they were read.
        return verified.Rows.Where(r => r.ExpiresOn >= today && ids.Contains(r.CooperativeId)).GroupBy(r => r.CooperativeId).ToDictionary(
            g => CooperativeId.From(g.Key),
            g => (IReadOnlyList<CertificationBadge>)g.GroupBy(r => (r.Kind, r.ProductId))
                .Select(k => k.OrderByDescending(r => r.OcopStars ?? 0).ThenByDescending(r => r.ExpiresOn).First())
                .OrderBy(r => r.Kind)
                .Select(r => new CertificationBadge(r.Kind, r.OcopStars, r.ExpiresOn, r.ProductId))
                .ToList());
    }

    private static async ValueTask<VerifiedCertificates> ReadVerifiedAsync(VendorsDbContext db, DateOnly today, CancellationToken cancellationToken) =>
        new(today, await db.Certificates.AsNoTracking().Valid(today)
            .Select(c => new VerifiedCertificate(c.CooperativeId.Value, c.Kind, c.OcopStars, c.ExpiresOn, c.ProductId))
            .ToListAsync(cancellationToken));

    /// <summary>Sealed and immutable, so the cache hands out the copy it holds instead of a copy per read.</summary>
    [ImmutableObject(true)]
    private sealed record VerifiedCertificates(DateOnly Day, IReadOnlyList<VerifiedCertificate> Rows);

    private sealed record VerifiedCertificate(Guid CooperativeId, CertificationKind Kind, int? OcopStars, DateOnly ExpiresOn, ProductId? ProductId);

    public static IReadOnlyList<CertificationBadge> Of(
        this IReadOnlyDictionary<CooperativeId, IReadOnlyList<CertificationBadge>> badges, CooperativeId cooperativeId) =>
        badges.TryGetValue(cooperativeId, out var found) ? found : [];
}
