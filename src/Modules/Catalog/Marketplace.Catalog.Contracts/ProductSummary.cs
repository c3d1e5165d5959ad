using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Catalog.Contracts;

/// <summary>
/// A product as a card shows it: its cheapest variant's price and unit ("from 120.000 ₫ a
/// 500 g bag"), the stock of all its variants, a thumbnail, and its cooperative's badges.
/// <see cref="Unit"/> is a unit code ("kg", "bag", "box" …).
/// </summary>
public sealed record ProductSummary(
    ProductId ProductId,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string Slug,
    string Name,
    string? NameEnglish,
    string Unit,
    int? NetWeightGrams,
    Money Price,
    int Stock,
    IReadOnlyList<CertificationBadge> Badges)
{
    public string VendorName { get; init; } = string.Empty;

    public string VendorSlug { get; init; } = string.Empty;

    public string Province { get; init; } = string.Empty;

    public string? ThumbnailUrl { get; init; }

    public int VariantCount { get; init; } = 1;

    /// <summary>The product page's address (<see cref="PathOf"/>).</summary>
    public string Path => PathOf(VendorSlug, Slug, ProductId);

    /// <summary>
    /// A product's public address, read as words: <c>/products/{cooperative}/{product}</c>
    /// ("/products/htx-suoi-giang/tra-shan-tuyet-co-thu"). The address by id a link may still carry
    /// answers with a permanent redirect to it, and so does a product's former name after a rename.
    /// </summary>
    public static string PathOf(string vendorSlug, string slug, ProductId id)
    {
        ArgumentNullException.ThrowIfNull(vendorSlug);
        ArgumentNullException.ThrowIfNull(slug);
        return vendorSlug.Length > 0 && slug.Length > 0 ? $"/products/{vendorSlug}/{slug}" : $"/products/{id}";
    }

    /// <summary>The list price of the variant <see cref="Price"/> is of, while a sale sells it for less; else null.</summary>
    public Money? ListPrice { get; init; }

    /// <summary>How much a running sale takes off, in whole percent rounded down (never said as more than it is); null without a sale.</summary>
    public int? PercentOff => ListPrice is { Amount: > 0 } list ? (int)((list.Amount - Price.Amount) * 100 / list.Amount) : null;
}
