using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Vendors.Contracts;

/// <summary>An admin suspended a cooperative: its storefront and products leave the public site.</summary>
public sealed record VendorSuspendedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string Reason) : IIntegrationEvent;
