using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Contracts;

/// <summary>
/// What a carrier says of a parcel, in our words: each carrier's own status codes (GHTK's 3, 5,
/// 9 …) are read into these, and kept beside them.
/// </summary>
public enum ShipmentStep
{
    /// <summary>Taken in by the carrier, waiting to be picked up.</summary>
    Booked,

    PickupFailed,

    PickupDelayed,

    PickedUp,

    /// <summary>With the courier on the way to the shopper.</summary>
    OutForDelivery,

    Delivered,

    /// <summary>The courier could not hand it over this time; the carrier tries again or sends it back.</summary>
    DeliveryFailed,

    DeliveryDelayed,

    Returning,

    Returned,

    /// <summary>The carrier's cash-on-delivery statement for it is settled.</summary>
    Reconciled,

    /// <summary>The carrier cancelled the booking (before pickup): the parcel may be booked again.</summary>
    Cancelled,

    /// <summary>A status of the carrier's that moves nothing here; its code is kept.</summary>
    Other,
}

/// <summary>
/// A parcel booked with a carrier, as the cooperative and the shopper follow it. <see cref="Fee"/>,
/// what the carrier charges the cooperative, is the cooperative's (and the admins') to see: null to the shopper.
/// </summary>
public sealed record ShipmentView(
    DeliveryCarrier Carrier,
    string TrackingCode,
    Money? Fee,
    Money CashOnDelivery,
    DateTimeOffset BookedAt,
    bool Cancelled,
    IReadOnlyList<ShipmentEventView> Events);

/// <summary>One of the carrier's status reports, at the carrier's time; <see cref="Code"/> is the carrier's own.</summary>
public sealed record ShipmentEventView(ShipmentStep Step, string Code, DateTimeOffset At, string? Reason);

/// <summary>
/// The carrier reported what the cooperative must act on: it could not pick the parcel up, put
/// the pickup off, cancelled the booking, or is sending the parcel back. <see cref="Step"/> says
/// which; <see cref="Reason"/> is the carrier's words. Sent once per status the carrier reported.
/// </summary>
public sealed record ShipmentNeedsAttentionIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    CooperativeId CooperativeId,
    OrderPartId PartId,
    string OrderNumber,
    string Carrier,
    string TrackingCode,
    ShipmentStep Step,
    string? Reason) : IIntegrationEvent;
