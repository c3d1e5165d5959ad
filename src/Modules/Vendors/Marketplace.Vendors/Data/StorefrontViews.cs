using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.EditStorefront;

namespace Marketplace.Vendors.Data;

internal static class StorefrontViews
{
    /// <summary>
    /// Where a storefront image is served. The key is new for every upload, so the address of a
    /// picture never changes its content and browsers may keep it for a year.
    /// </summary>
    public static string? ImageUrl(string? key) => key is null ? null : $"/api/v1/storefronts/images/{key}";

    public static StorefrontSettings Settings(Cooperative c, MemberRole role) => new(
        c.Id, c.Status, c.Name, c.Slug, c.Tagline, c.Story, c.StoryEnglish, c.ContactPerson, c.Phone, c.Email,
        c.Province, c.Commune, c.Address, ImageUrl(c.LogoKey), ImageUrl(c.BannerKey), role.ToString(),
        Features.SetShippingTerms.ShippingTermsHandler.TermsOf(c));
}
