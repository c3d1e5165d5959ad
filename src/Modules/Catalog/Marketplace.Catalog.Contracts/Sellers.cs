using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Catalog.Contracts;

public sealed record SellerRef([property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId, string VendorName);

/// <summary>What a request for quotation asks about: a product, or a category with everything under it, and the cooperatives that sell it now.</summary>
public sealed record QuotationSubject(string Name, string NameEnglish, IReadOnlyList<SellerRef> Sellers);

/// <summary>The product (or else the category) by id, with the active cooperatives that have it published; null when neither exists.</summary>
public sealed record GetQuotationSubjectQuery(ProductId? ProductId, Guid? CategoryId) : IQuery<QuotationSubject?>;
