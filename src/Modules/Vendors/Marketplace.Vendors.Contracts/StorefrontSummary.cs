namespace Marketplace.Vendors.Contracts;

/// <summary>A cooperative's storefront as the marketplace's listings show it.</summary>
public sealed record StorefrontSummary(
    Guid VendorId,
    string Slug,
    string Name,
    string Province,
    string Commune,
    string Tagline,
    string? LogoUrl,
    IReadOnlyList<CertificationBadge> Badges);
