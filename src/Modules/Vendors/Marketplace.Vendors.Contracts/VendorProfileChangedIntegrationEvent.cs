using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Vendors.Contracts;

/// <summary>A storefront was edited (name, slug or province may have changed): other modules' copies follow.</summary>
public sealed record VendorProfileChangedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string Name,
    string Slug,
    string Province) : IIntegrationEvent;
