using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Vendors.Features.GetStorefront;

/// <summary>
/// What a cooperative's storefront tells search engines and the apps its link is shared in: its
/// tagline or story, its banner or logo, and as JSON-LD a schema.org Organization with its address.
/// </summary>
internal static class StorefrontMeta
{
    public static PageMeta Of(StorefrontDetails store, string story, PublicSite site)
    {
        var url = site.Link($"/storefronts/{store.Slug}");
        var organization = PageMeta.Thing("Organization");
        organization["name"] = store.Name;
        organization["url"] = url;
        organization["description"] = string.IsNullOrWhiteSpace(store.Tagline) ? null : store.Tagline;
        organization["logo"] = store.LogoUrl is null ? null : site.Link(store.LogoUrl);
        organization["image"] = store.BannerUrl is null ? null : site.Link(store.BannerUrl);
        var address = PageMeta.Thing("PostalAddress", root: false);
        address["streetAddress"] = string.IsNullOrWhiteSpace(store.Address) ? null : store.Address;
        address["addressLocality"] = string.IsNullOrWhiteSpace(store.Commune) ? null : store.Commune;
        address["addressRegion"] = store.Province;
        address["addressCountry"] = "VN";
        organization["address"] = address;

        var meta = PageMeta.Of(string.IsNullOrWhiteSpace(store.Tagline) ? story : $"{store.Tagline.TrimEnd('.', ' ')}. {story}");
        return meta with { Path = $"/storefronts/{store.Slug}", Image = store.BannerUrl ?? store.LogoUrl, StructuredData = [organization] };
    }
}
