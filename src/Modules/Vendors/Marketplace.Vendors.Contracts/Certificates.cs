using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>The certifications Vietnamese buyers look for.</summary>
public enum CertificationKind
{
    VietGap,
    GlobalGap,
    Organic,

    /// <summary>"One Commune One Product", rated 1 to 5 stars.</summary>
    Ocop,
}

/// <summary>
/// A verified certificate that has not expired: what shoppers see on storefronts and products.
/// With a product, it is that product's alone (OCOP stars rate a product, not its cooperative).
/// </summary>
public sealed record CertificationBadge(CertificationKind Kind, int? OcopStars, DateOnly ExpiresOn, ProductId? ProductId = null);

public static class BadgeScopes
{
    /// <summary>The badges a product shows: its cooperative's and its own, one of each kind (the most stars, then the latest expiry).</summary>
    public static IReadOnlyList<CertificationBadge> For(this IReadOnlyList<CertificationBadge> badges, ProductId productId)
    {
        ArgumentNullException.ThrowIfNull(badges);
        return Best(badges.Where(b => b.ProductId is null || b.ProductId == productId));
    }

    /// <summary>The badges of the cooperative itself, as its storefront shows them: not its products' own.</summary>
    public static IReadOnlyList<CertificationBadge> CooperativeWide(this IReadOnlyList<CertificationBadge> badges)
    {
        ArgumentNullException.ThrowIfNull(badges);
        return Best(badges.Where(b => b.ProductId is null));
    }

    private static List<CertificationBadge> Best(IEnumerable<CertificationBadge> badges) =>
        badges.GroupBy(b => b.Kind)
            .Select(k => k.OrderByDescending(b => b.OcopStars ?? 0).ThenByDescending(b => b.ExpiresOn).First())
            .OrderBy(b => b.Kind)
            .Select(b => b with { ProductId = null })
            .ToList();
}

/// <summary>
/// The badges of each of these cooperatives, as of now, its products' own among them (pick with
/// <see cref="BadgeScopes.For"/> or <see cref="BadgeScopes.CooperativeWide"/>): a
/// certificate past its expiry date is left out by the clock alone, with no job that must have run.
/// </summary>
public sealed record GetCertificationBadgesQuery(IReadOnlyCollection<CooperativeId> CooperativeIds)
    : IQuery<IReadOnlyDictionary<CooperativeId, IReadOnlyList<CertificationBadge>>>;
