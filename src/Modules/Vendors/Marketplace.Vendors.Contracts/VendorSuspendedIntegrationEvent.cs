using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Vendors.Contracts;

/// <summary>An admin suspended a cooperative: its storefront and products leave the public site.</summary>
public sealed record VendorSuspendedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid VendorId,
    string Reason) : IIntegrationEvent;
