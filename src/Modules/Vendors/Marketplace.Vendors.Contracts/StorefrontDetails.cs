using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
namespace Marketplace.Vendors.Contracts;

/// <summary>Everything a storefront's public page shows about the cooperative itself.</summary>
public sealed record StorefrontDetails(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string Slug,
    string Name,
    string Province,
    string Commune,
    string Address,
    string Tagline,
    string Story,
    string? StoryEnglish,
    string ContactPerson,
    string Phone,
    string Email,
    string? LogoUrl,
    string? BannerUrl,
    DateTimeOffset ApprovedAt,
    IReadOnlyList<CertificationBadge> Badges,
    ShippingTerms Shipping);
