using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Catalog.Contracts;

public enum ProductSort
{
    /// <summary>Best match first when there is a query, else newest.</summary>
    Relevance,
    PriceAscending,
    PriceDescending,
    Newest,
    Name,
}

/// <summary>
/// The public catalog: Vietnamese search with or without diacritics ("tra shan tuyet" finds
/// "Trà Shan Tuyết"), filters, sorting and pages of at most 60.
/// </summary>
public sealed record SearchProductsQuery(
    string? Text,
    string? Category,
    string? Province,
    string? Vendor,
    CertificationKind? Certification,
    long? MinPrice,
    long? MaxPrice,
    ProductSort Sort = ProductSort.Relevance,
    int Page = 1,
    int PageSize = 24) : IQuery<SharedKernel.Results.Result<ProductPage>>;

/// <summary>A value a filter can take, with how many products of the current result have it.</summary>
public sealed record FacetValue(string Value, string Label, int Count);

public sealed record ProductPage(
    IReadOnlyList<ProductSummary> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<FacetValue> Categories,
    IReadOnlyList<FacetValue> Provinces,
    IReadOnlyList<FacetValue> Vendors,
    IReadOnlyList<FacetValue> Certifications);

/// <summary>One public product with everything its page shows.</summary>
public sealed record ProductDetails(
    Guid ProductId,
    Guid VendorId,
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
}

/// <summary>
/// One public product. Volume tiers and minimum order quantities are for verified business
/// buyers (<paramref name="ForBusinessBuyer"/>); everyone else sees list prices.
/// </summary>
public sealed record GetProductQuery(Guid ProductId, bool ForBusinessBuyer = false) : IQuery<SharedKernel.Results.Result<ProductDetails>>;
