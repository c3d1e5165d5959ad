using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Mediator;

namespace Marketplace.Ordering.Contracts;

public enum PaymentMethod
{
    CashOnDelivery,
    BankTransfer,
    Card,

    /// <summary>The MoMo e-wallet: the shopper approves the payment in MoMo's app or page; MoMo tells the alliance, signed.</summary>
    MoMo,

    /// <summary>The ZaloPay e-wallet: the shopper pays in ZaloPay's app (or by a bank card on its page); ZaloPay tells the alliance, signed.</summary>
    ZaloPay,

    /// <summary>
    /// VNPay's gateway: the shopper pays by a banking app's QR code, a domestic card or a wallet on
    /// VNPay's page; VNPay tells the alliance, signed.
    /// </summary>
    VnPay,
}

public static class PaymentMethods
{
    /// <summary>Paid in advance through a gateway (Stripe, a wallet) that gives money back to where it came from.</summary>
    public static bool ThroughGateway(this PaymentMethod method) => method is PaymentMethod.Card || method.IsWallet();

    /// <summary>Paid with an e-wallet: the shopper is sent to its page, and it tells the alliance.</summary>
    public static bool IsWallet(this PaymentMethod method) => method is PaymentMethod.MoMo or PaymentMethod.ZaloPay or PaymentMethod.VnPay;
}

/// <summary>Where the order's money stands: due at the door, awaited (card, bank transfer), paid, or not paid in time.</summary>
public enum OrderPaymentState
{
    OnDelivery,
    Awaiting,
    Paid,
    Failed,
    Expired,
}

public enum PartStatus
{
    Placed,
    Confirmed,
    Packed,
    Shipped,
    Delivered,
    Cancelled,
    /// <summary>Shipped, but the carrier could not hand it over (no one home, refused at the door): it may still be delivered or sent back.</summary>
    DeliveryFailed,
    /// <summary>On its way back to the cooperative.</summary>
    Returning,
    /// <summary>Back at the cooperative: not sold, its stock on sale again, no cash collected.</summary>
    Returned,
}

public static class PartStatuses
{
    /// <summary>Not sold after all: cancelled before it shipped, or shipped and sent back.</summary>
    public static bool IsUndone(this PartStatus status) => status is PartStatus.Cancelled or PartStatus.Returned;
}

public sealed record DeliveryAddress(string Recipient, string Phone, string Province, string Commune, string Street);

/// <summary>The lots a shipped line came from: none before it ships, or when its product keeps no lots.</summary>
public sealed record OrderLineView(
    VariantId? VariantId,
    string Sku,
    string ProductName,
    string Unit,
    int? NetWeightGrams,
    int Quantity,
    Money UnitPrice,
    Money LineTotal,
    IReadOnlyList<LineLotView>? Lots = null);

/// <summary>Units of a line from one lot, and its recall if it was recalled.</summary>
public sealed record LineLotView(string Code, int Quantity, DateTimeOffset? RecalledAt, string? RecallReason);

public sealed record TimelineEntryView(PartStatus Status, DateTimeOffset At, string? Note);

public sealed record OrderPartView(
    OrderPartId PartId,
    OrderId OrderId,
    string OrderNumber,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string VendorName,
    PartStatus Status,
    IReadOnlyList<OrderLineView> Lines,
    Money Subtotal,
    Money ShippingFee,
    Money Total,
    string? Carrier,
    string? TrackingNumber,
    string? CancelReason,
    Money CashDue,
    Money? CashCollected,
    IReadOnlyList<TimelineEntryView> Timeline,
    Guid Version,
    bool AwaitingPayment,
    Money Refunded,

    // Where the package goes and what the buyer asked: given to the cooperative's own list, to
    // pack and call from it (the buyer's order carries them once, on the order).
    DeliveryAddress? ShipTo = null,
    string? BuyerNote = null,

    // The pre-order deposit already paid toward the part's total (none for an ordinary part).
    Money? Deposit = null,

    // How checkout quoted the parcel to go, and the days it was expected between (none for parts
    // ordered before delivery was quoted, or without a cart).
    DeliveryCarrier? ShipsBy = null,
    DateOnly? ExpectedFrom = null,
    DateOnly? ExpectedBy = null,

    // The parcel as booked with a carrier, and what the carrier has said of it (none when the
    // cooperative ships by hand).
    ShipmentView? Shipment = null)
{
    /// <summary>What a voucher took off the part; <see cref="Total"/> is after it.</summary>
    public Money Discount { get; init; } = Money.Zero;
}

public sealed record OrderView(
    OrderId OrderId,
    string Number,
    string BuyerEmail,
    DateTimeOffset PlacedAt,
    DeliveryAddress Delivery,
    string? Note,
    PaymentMethod PaymentMethod,
    IReadOnlyList<OrderPartView> Parts,
    Money Total,
    OrderPaymentState PaymentState,
    DateTimeOffset? PaidAt,
    string? PaymentProblem,
    string? PurchaseOrderNumber);

public sealed record ListMyOrdersQuery(UserId BuyerId) : IQuery<IReadOnlyList<OrderView>>;

/// <summary>A line the buyer has received, as a review needs it (no delivery data: a review is published under the account's name).</summary>
public sealed record DeliveredLine(OrderPartId PartId, CooperativeId CooperativeId, VariantId VariantId);

/// <summary>The line of this variant in this part, when the part was delivered to this buyer; null otherwise.</summary>
public sealed record GetDeliveredLineQuery(OrderPartId PartId, VariantId VariantId, UserId BuyerId) : IQuery<DeliveredLine?>;
