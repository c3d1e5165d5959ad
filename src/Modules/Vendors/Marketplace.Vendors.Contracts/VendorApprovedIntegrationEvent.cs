using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Vendors.Contracts;

/// <summary>
/// An alliance admin approved a cooperative, or reinstated a suspended one: it may sell.
/// <see cref="OwnerEmail"/> is the applicant's, who becomes the storefront's owner.
/// </summary>
public sealed record VendorApprovedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string Name,
    string Slug,
    string Province,
    string OwnerEmail) : IIntegrationEvent;
