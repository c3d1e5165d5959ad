using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;

namespace Marketplace.Catalog.Contracts;

/// <summary>A product as a storefront lists it, with its cooperative's certification badges. <see cref="Unit"/> is a <c>SaleUnit</c> code ("kg", "bag", "box" …).</summary>
public sealed record ProductSummary(
    Guid ProductId,
    Guid VendorId,
    string Slug,
    string Name,
    string? NameEnglish,
    string Unit,
    int? NetWeightGrams,
    Money Price,
    int Stock,
    IReadOnlyList<CertificationBadge> Badges);
