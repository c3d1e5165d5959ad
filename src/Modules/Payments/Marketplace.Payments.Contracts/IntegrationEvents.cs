using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Payments.Contracts;

/// <summary>An order paid in advance (card or bank transfer) has its money: its cooperatives may go ahead.</summary>
public sealed record PaymentSucceededIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, OrderId OrderId, string Method, long AmountVnd)
    : IIntegrationEvent;

/// <summary>
/// A payment did not come through. Not final: the shopper may try again until the order's payment
/// deadline. Final: the deadline passed unpaid, and the order's stock goes back.
/// </summary>
public sealed record PaymentFailedIntegrationEvent(Guid EventId, DateTimeOffset OccurredAt, OrderId OrderId, string Reason, bool Final) : IIntegrationEvent;

/// <summary>Money went back to the shopper for a cooperative's part of an order.</summary>
public sealed record RefundedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    long AmountVnd,
    string Method) : IIntegrationEvent;
