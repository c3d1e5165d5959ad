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

/// <summary>
/// What became of an agreed return's refund: given back (<see cref="AmountVnd"/>, by
/// <see cref="Method"/>), or, when the money could not go back that way, <see cref="Problem"/>
/// says why and an admin has it tried again.
/// </summary>
public sealed record ReturnRefundedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReturnId,
    OrderId OrderId,
    long AmountVnd,
    string? Method,
    string? Problem = null) : IIntegrationEvent;

/// <summary>Where a cooperative's debt to the alliance (commission on its cash sales) stands.</summary>
public enum DebtNotice
{
    /// <summary>The alliance asks it to pay, by transfer with the reference, before the date.</summary>
    Requested,
    /// <summary>Still unpaid: a reminder.</summary>
    Reminder,
    /// <summary>Unpaid past the date: its new sales are paused until it pays.</summary>
    SalesPaused,
    /// <summary>Paid (or netted by later sales): nothing is owed, and its sales resume if they were paused.</summary>
    Settled,
}

/// <summary>
/// The alliance asked a cooperative to pay what it owes, reminded it, paused its new sales or saw
/// the debt settled: Vendors tells its owner, Catalog pauses or resumes its products.
/// </summary>
public sealed record CooperativeDebtIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    DebtNotice Notice,
    long OwedVnd,
    string Reference,
    DateTimeOffset DueBy) : IIntegrationEvent;
