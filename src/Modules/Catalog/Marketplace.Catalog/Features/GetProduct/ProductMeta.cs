using System.Globalization;
using Marketplace.Catalog.Features.SearchProducts;
using Marketplace.SharedKernel.Web;

namespace Marketplace.Catalog.Features.GetProduct;

/// <summary>
/// What a product's page tells search engines and the apps its link is shared in: its name, the
/// first words of its description, its first picture and lowest price (Open Graph), and as JSON-LD
/// a schema.org Product with its offers, rating and seller, and the breadcrumb to it.
/// </summary>
internal static class ProductMeta
{
    public static PageMeta Of(
        ProductDetails product, string name, string description, (string Name, string Slug) category, string productsPage, PublicSite site)
    {
        var url = site.Link(product.Path);
        var images = product.Images.Select(i => site.Link(i.Url)).ToList();
        var prices = product.Variants.Select(v => v.Selling.Amount).DefaultIfEmpty(0).ToList();
        var availability = product.Variants.Any(v => v.Stock > 0) ? "https://schema.org/InStock" : "https://schema.org/OutOfStock";
        var seller = PageMeta.Thing("Organization", root: false);
        seller["name"] = product.VendorName;
        seller["url"] = site.Link($"/storefronts/{product.VendorSlug}");

        Dictionary<string, object?> offers;
        if (product.Variants.Count == 1)
        {
            offers = PageMeta.Thing("Offer", root: false);
            offers["price"] = PageMeta.Price(prices[0]);
            offers["sku"] = product.Variants[0].Sku;
            if (product.Variants[0].Sale is { } sale)
            {
                // A sale's price holds to its last day (Google shows the offer until then).
                offers["priceValidUntil"] = sale.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
        else
        {
            offers = PageMeta.Thing("AggregateOffer", root: false);
            offers["lowPrice"] = PageMeta.Price(prices.Min());
            offers["highPrice"] = PageMeta.Price(prices.Max());
            offers["offerCount"] = product.Variants.Count;
        }

        offers["priceCurrency"] = "VND";
        offers["availability"] = availability;
        offers["url"] = url;
        offers["seller"] = seller;

        var thing = PageMeta.Thing("Product");
        thing["name"] = name;
        thing["description"] = description;
        thing["url"] = url;
        thing["image"] = images.Count > 0 ? images : null;
        thing["category"] = category.Name;
        var brand = PageMeta.Thing("Brand", root: false);
        brand["name"] = product.VendorName;
        thing["brand"] = brand;
        thing["offers"] = offers;
        if (product.Rating is { } rating && product.Reviews.Count > 0)
        {
            var aggregate = PageMeta.Thing("AggregateRating", root: false);
            aggregate["ratingValue"] = Math.Round(rating, 1).ToString(CultureInfo.InvariantCulture);
            aggregate["reviewCount"] = product.Reviews.Count;
            aggregate["bestRating"] = "5";
            aggregate["worstRating"] = "1";
            thing["aggregateRating"] = aggregate;
        }

        var meta = PageMeta.Of(description);
        return meta with
        {
            Path = product.Path,
            Type = "product",
            Image = images.FirstOrDefault(),
            PriceVnd = prices.Min(),
            StructuredData =
            [
                thing,
                Breadcrumbs(
                    (site.Link("/products"), productsPage),
                    (site.Link($"/products?category={Uri.EscapeDataString(category.Slug)}"), category.Name),
                    (url, name)),
            ],
        };
    }

    /// <summary>A BreadcrumbList of the pages leading to this one, this one last.</summary>
    private static Dictionary<string, object?> Breadcrumbs(params (string Url, string Name)[] steps)
    {
        var list = PageMeta.Thing("BreadcrumbList");
        list["itemListElement"] = steps
            .Select((step, index) =>
            {
                var item = PageMeta.Thing("ListItem", root: false);
                item["position"] = index + 1;
                item["name"] = step.Name;
                item["item"] = step.Url;
                return item;
            })
            .ToList();
        return list;
    }
}
