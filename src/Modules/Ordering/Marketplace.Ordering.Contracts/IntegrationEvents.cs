using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Ordering.Contracts;

public sealed record OrderedPart(
    OrderPartId PartId, [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId, long TotalVnd, long CashDueVnd);

/// <summary>An order was placed, with its parts: each cooperative's share of it. (No number: raised before numbers were carried.)</summary>
public sealed record OrderPlacedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    string BuyerEmail,
    string PaymentMethod,
    IReadOnlyList<OrderedPart> Parts,
    string? Number = null) : IIntegrationEvent;

/// <summary>A cooperative shipped its part.</summary>
public sealed record OrderPartShippedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string Carrier,
    string TrackingNumber) : IIntegrationEvent;

public sealed record CancelledLine(VariantId VariantId, int Quantity);

/// <summary>A part was cancelled (by its cooperative or the shopper): its stock goes back.</summary>
public sealed record OrderCancelledIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    IReadOnlyList<CancelledLine> Lines,
    string? Reason) : IIntegrationEvent;

/// <summary>
/// A part reached the shopper; paid in cash on delivery, its cooperative now holds
/// <see cref="CashCollectedVnd"/>, and <see cref="ShortfallReason"/> says why when that is less than was due.
/// </summary>
public sealed record OrderPartDeliveredIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    long CashCollectedVnd,
    string? ShortfallReason = null) : IIntegrationEvent;

/// <summary>A request for quotation was sent to a cooperative: its owners hear of it.</summary>
public sealed record RfqReceivedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RfqId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string Number,
    string Subject,
    int Quantity,
    string Unit,
    string DeliveryProvince,
    DateOnly DeliveryDate) : IIntegrationEvent;
