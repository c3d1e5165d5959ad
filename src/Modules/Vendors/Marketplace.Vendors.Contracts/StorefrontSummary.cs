using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
namespace Marketplace.Vendors.Contracts;

/// <summary>A cooperative's storefront as the marketplace's listings show it.</summary>
public sealed record StorefrontSummary(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string Slug,
    string Name,
    string Province,
    string Commune,
    string Tagline,
    string? LogoUrl,
    IReadOnlyList<CertificationBadge> Badges);
