using System.Text.Json.Serialization;
using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Features.Lots;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Catalog.Features.SearchProducts;

internal enum ProductSort
{
    /// <summary>Best match first when there is a query, else newest.</summary>
    Relevance,
    PriceAscending,
    PriceDescending,
    Newest,
    Name,
}

/// <summary>A value a filter can take, with how many products of the current result have it.</summary>
internal sealed record FacetValue(string Value, string Label, int Count);

internal sealed record ProductPage(
    IReadOnlyList<ProductSummary> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<FacetValue> Categories,
    IReadOnlyList<FacetValue> Provinces,
    IReadOnlyList<FacetValue> Vendors,
    IReadOnlyList<FacetValue> Certifications)
{
    /// <summary>
    /// When the words as typed found nothing and the catalog's nearest words did: what the query
    /// was taken to mean ("shan tuyết" for "shan tuyt"), shown as "did you mean"; else null.
    /// </summary>
    public string? Corrected { get; init; }
}

/// <summary>One public product with everything its page shows.</summary>
internal sealed record ProductDetails(
    ProductId ProductId,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string VendorName,
    string VendorSlug,
    string Province,
    Guid CategoryId,
    string CategoryName,
    string CategoryNameEnglish,
    string Name,
    string? NameEnglish,
    string Description,
    string? DescriptionEnglish,
    IReadOnlyList<VariantView> Variants,
    IReadOnlyList<ProductImageView> Images,
    IReadOnlyList<LotView> Lots,
    IReadOnlyList<CertificationBadge> Badges)
{
    /// <summary>The reviews shoppers can read (hidden ones left out), newest first.</summary>
    public IReadOnlyList<ReviewView> Reviews { get; init; } = [];

    /// <summary>The average of those reviews' stars, or null when there are none.</summary>
    public double? Rating { get; init; }

    /// <summary>The product's part of its address (its name, as words).</summary>
    public string Slug { get; init; } = string.Empty;

    /// <summary>The product page's address (<see cref="ProductSummary.PathOf"/>).</summary>
    public string Path => ProductSummary.PathOf(VendorSlug, Slug, ProductId);
}
