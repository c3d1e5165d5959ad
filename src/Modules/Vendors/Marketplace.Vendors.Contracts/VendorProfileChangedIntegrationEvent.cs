using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Vendors.Contracts;

/// <summary>A storefront was edited (name, slug or province may have changed): other modules' copies follow.</summary>
public sealed record VendorProfileChangedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid VendorId,
    string Name,
    string Slug,
    string Province) : IIntegrationEvent;
