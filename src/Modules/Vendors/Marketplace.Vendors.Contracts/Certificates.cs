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

/// <summary>A verified certificate that has not expired: what shoppers see on storefronts and products.</summary>
public sealed record CertificationBadge(CertificationKind Kind, int? OcopStars, DateOnly ExpiresOn);

/// <summary>
/// The badges of each of these cooperatives, as of now: a certificate past its expiry date is
/// left out by the clock alone, with no job that must have run.
/// </summary>
public sealed record GetCertificationBadgesQuery(IReadOnlyCollection<CooperativeId> CooperativeIds)
    : IQuery<IReadOnlyDictionary<CooperativeId, IReadOnlyList<CertificationBadge>>>;
