using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>
/// The public catalog: Vietnamese search with or without diacritics ("tra shan tuyet" finds
/// "Trà Shan Tuyết"), filters, sorting and pages of at most 60.
/// </summary>
internal sealed record SearchProductsQuery(
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
