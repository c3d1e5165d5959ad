using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Vendors.Contracts;

/// <summary>An alliance admin approved a cooperative: it may now sell.</summary>
public sealed record VendorApprovedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid VendorId,
    string Name,
    string Slug,
    string Province) : IIntegrationEvent;
