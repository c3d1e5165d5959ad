using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Catalog.Contracts;

/// <summary>A product went on sale for the first time.</summary>
public sealed record ProductPublishedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    ProductId ProductId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string Name) : IIntegrationEvent;

/// <summary>A variant's stock fell to its threshold or below: the cooperative should restock.</summary>
public sealed record StockLowIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    VariantId VariantId,
    ProductId ProductId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string Sku,
    int Stock) : IIntegrationEvent;
