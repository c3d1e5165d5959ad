using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Ordering.Contracts;

public enum PaymentMethod
{
    CashOnDelivery,
    BankTransfer,
    Card,
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
}

/// <summary>What a cooperative does to its part of an order.</summary>
public enum FulfilmentAction
{
    Confirm,
    Pack,
    Ship,
    Deliver,
    Cancel,
}

public sealed record DeliveryAddress(string Recipient, string Phone, string Province, string Commune, string Street);

public sealed record OrderLineView(Guid VariantId, string Sku, string ProductName, string Unit, int? NetWeightGrams, int Quantity, Money UnitPrice, Money LineTotal);

public sealed record TimelineEntryView(string Status, DateTimeOffset At, string? Note);

public sealed record OrderPartView(
    Guid PartId,
    Guid OrderId,
    string OrderNumber,
    Guid VendorId,
    string VendorName,
    string Status,
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
    Money Refunded);

public sealed record OrderView(
    Guid OrderId,
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

/// <summary>
/// Checks the cart out in one order with a part per cooperative. Stock is taken for every line
/// or none; the same <see cref="IdempotencyKey"/> from the same buyer gives back the same order.
/// Not a unit-of-work command: it spans Catalog's transaction and its own, and makes up for the
/// first when the second fails.
/// </summary>
public sealed record PlaceOrderCommand(
    CartOwner Cart,
    string BuyerEmail,
    string IdempotencyKey,
    DeliveryAddress Delivery,
    string? Note,
    PaymentMethod PaymentMethod,
    string Culture,
    bool BusinessBuyer = false,
    string? PurchaseOrderNumber = null) : IRequest<Result<OrderView>>;

public sealed record GetOrderQuery(Guid OrderId, string BuyerEmail) : IQuery<Result<OrderView>>;

public sealed record ListMyOrdersQuery(string BuyerEmail) : IQuery<IReadOnlyList<OrderView>>;

/// <summary>A cooperative's parts of orders, for its own people, optionally of one status.</summary>
public sealed record ListVendorPartsQuery(Guid VendorId, string ActorEmail, PartStatus? Status) : IQuery<Result<IReadOnlyList<OrderPartView>>>;

/// <summary>A cooperative moves its part on: confirm, pack, ship (carrier and tracking number), deliver (cash collected), or cancel with a reason before shipping.</summary>
public sealed record FulfilPartCommand(Guid PartId, string ActorEmail, FulfilmentAction Action, string? Carrier, string? TrackingNumber, string? Reason)
    : ICommand<Result<OrderPartView>>;

/// <summary>The shopper cancels a part that its cooperative has not confirmed yet.</summary>
public sealed record CancelPartByShopperCommand(Guid OrderId, Guid PartId, string BuyerEmail, string? Reason) : ICommand<Result<OrderPartView>>;

/// <summary>What a package's slip shows: the part, the order's number and where it goes.</summary>
public sealed record PackingSlip(OrderPartView Part, string OrderNumber, DeliveryAddress Delivery, string? Note);

/// <summary>A part's packing slip, for its cooperative's people only.</summary>
public sealed record GetPackingSlipQuery(Guid PartId, string ActorEmail) : IQuery<Result<PackingSlip>>;

/// <summary>A line the buyer has received, as a review needs it (no delivery data: a review is published under the account's name).</summary>
public sealed record DeliveredLine(Guid PartId, Guid VendorId, Guid VariantId);

/// <summary>The line of this variant in this part, when the part was delivered to this buyer; null otherwise.</summary>
public sealed record GetDeliveredLineQuery(Guid PartId, Guid VariantId, string BuyerEmail) : IQuery<DeliveredLine?>;
