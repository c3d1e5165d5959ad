using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Ordering.Features.Orders;

/// <summary>What a cooperative does to its part of an order.</summary>
internal enum FulfilmentAction
{
    Confirm,
    Pack,
    Ship,
    Deliver,
    Cancel,
    /// <summary>The carrier tried and could not hand the parcel over; it tries again or sends it back.</summary>
    FailAttempt,
    /// <summary>The parcel goes back to the cooperative (refused at the door, no one to take it).</summary>
    ReturnToSender,
    /// <summary>The parcel is back: its stock goes on sale again, and the carrier's return fee is booked.</summary>
    ReceiveReturn,
}

internal sealed record GetOrderQuery(OrderId OrderId, UserId BuyerId) : IQuery<Result<OrderView>>;

/// <summary>A cooperative's parts of orders, for its own people, optionally of one status.</summary>
internal sealed record ListVendorPartsQuery(CooperativeId CooperativeId, UserId ActorId, PartStatus? Status) : IQuery<Result<IReadOnlyList<OrderPartView>>>;

/// <summary>
/// A cooperative moves its part on: confirm, pack, ship (carrier and tracking number, and the lots each line came from: the
/// oldest lot that may ship when not said), deliver (the cash collected at the door, all that was due unless said, and the
/// reason when it was less), or cancel with a reason before shipping; after shipping, a failed attempt or a return to sender
/// with its reason, and the parcel back with the carrier's return fee (<paramref name="ReturnFeeVnd"/>).
/// </summary>
internal sealed record FulfilPartCommand(
    OrderPartId PartId,
    UserId ActorId,
    FulfilmentAction Action,
    string? Carrier,
    string? TrackingNumber,
    string? Reason,
    long? CashCollectedVnd = null,
    IReadOnlyList<LotPick>? Lots = null,
    long? ReturnFeeVnd = null)
    : ICommand<Result<OrderPartView>>, IRunsIn<OrderingTransaction>;

/// <summary>Units of the line of this SKU that ship from this lot; all the line's units when no quantity is said.</summary>
internal sealed record LotPick(string? Sku, string? LotCode, int? Quantity = null);

/// <summary>The shopper cancels a part that its cooperative has not confirmed yet.</summary>
internal sealed record CancelPartByShopperCommand(OrderId OrderId, OrderPartId PartId, UserId BuyerId, string? Reason)
    : ICommand<Result<OrderPartView>>, IRunsIn<OrderingTransaction>;

/// <summary>What a package's slip shows: the part, the order's number and where it goes.</summary>
internal sealed record PackingSlip(OrderPartView Part, string OrderNumber, DeliveryAddress Delivery, string? Note);

/// <summary>A part's packing slip, for its cooperative's people only.</summary>
internal sealed record GetPackingSlipQuery(OrderPartId PartId, UserId ActorId) : IQuery<Result<PackingSlip>>;
