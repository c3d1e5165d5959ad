using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Features.EditStorefront;

/// <summary>What a cooperative's own people can change about its storefront.</summary>
internal sealed record StorefrontSettings(
    CooperativeId CooperativeId,
    CooperativeStatus Status,
    string Name,
    string Slug,
    string Tagline,
    string Story,
    string? StoryEnglish,
    string ContactPerson,
    string Phone,
    string Email,
    string Province,
    string Commune,
    string Address,
    string? LogoUrl,
    string? BannerUrl,
    string MemberRole,
    ShippingTerms Shipping);

internal enum StorefrontImageKind
{
    Logo,
    Banner,
}
