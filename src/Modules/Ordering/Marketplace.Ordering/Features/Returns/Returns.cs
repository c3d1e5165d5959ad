using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Ordering.Features.Returns;

/// <summary>A line to send back: the SKU of a delivered line and how many of its units.</summary>
internal sealed record ReturnLineInput(string? Sku, int Quantity);

/// <summary>
/// The shopper asks to send back delivered lines of a part, within the days its cooperative allows:
/// why, what happened in their words, up to three photos, and, for a part paid in cash at the
/// door, the bank account the refund is transferred to.
/// </summary>
internal sealed record RequestReturnCommand(
    OrderId OrderId,
    OrderPartId PartId,
    UserId BuyerId,
    string BuyerEmail,
    string Culture,
    IReadOnlyList<ReturnLineInput>? Lines,
    ReturnReason? Reason,
    string? Details,
    RefundAccount? Account,
    IReadOnlyList<UploadedFile>? Photos = null) : ICommand<Result<ReturnView>>, IRunsIn<OrderingTransaction>;

internal enum ReturnDecision
{
    Accept,
    Offer,
    Refuse,
}

/// <summary>
/// The cooperative's answer: accept (all that was asked; <paramref name="Restock"/> when the goods
/// came back fit to sell), offer part of it (<paramref name="AmountVnd"/>, and why), or refuse (why).
/// </summary>
internal sealed record DecideReturnCommand(
    Guid ReturnId, UserId ActorId, string ActorEmail, ReturnDecision Decision, long? AmountVnd, string? Note, bool Restock = false)
    : ICommand<Result<ReturnView>>, IRunsIn<OrderingTransaction>;

/// <summary>The shopper takes the cooperative's offer, or disputes the offer or the refusal.</summary>
internal sealed record AnswerReturnCommand(Guid ReturnId, UserId BuyerId, bool TakeOffer)
    : ICommand<Result<ReturnView>>, IRunsIn<OrderingTransaction>;

/// <summary>The alliance's admin settles a disputed return at an amount, with the reason both sides will read.</summary>
internal sealed record SettleReturnCommand(Guid ReturnId, string AdminEmail, long AmountVnd, string? Note)
    : ICommand<Result<ReturnView>>, IRunsIn<OrderingTransaction>;

/// <summary>An admin made the alliance's transfer of an agreed refund (a part not paid by card): Payments books it.</summary>
internal sealed record RecordReturnTransferCommand(Guid ReturnId, string AdminEmail)
    : ICommand<Result<ReturnView>>, IRunsIn<OrderingTransaction>;

/// <summary>An agreed refund that did not go through is tried again, once an admin dealt with why, under a key of its own.</summary>
internal sealed record RetryReturnRefundCommand(Guid ReturnId, string AdminEmail)
    : ICommand<Result<ReturnView>>, IRunsIn<OrderingTransaction>;

/// <summary>A cooperative's return policy: within how many days of delivery (0: none), and whether the delivery fee goes back.</summary>
internal sealed record SetReturnPolicyCommand(CooperativeId CooperativeId, UserId ActorId, int Days, bool RefundsDelivery)
    : ICommand<Result<ReturnPolicyView>>, IRunsIn<OrderingTransaction>;

internal sealed record ReturnPolicyView(int Days, bool RefundsDelivery)
{
    /// <summary>What a cooperative that set no policy takes: goods back within 7 days, without the delivery fee.</summary>
    public static readonly ReturnPolicyView Default = new(ReturnPolicy.DefaultDays, false);
}

/// <summary>The returns asked for an order's parts, for its shopper.</summary>
internal sealed record ListOrderReturnsQuery(OrderId OrderId, UserId BuyerId) : IQuery<IReadOnlyList<ReturnView>>;

/// <summary>A cooperative's returns, newest first, with its policy; for its own people.</summary>
internal sealed record ListVendorReturnsQuery(CooperativeId CooperativeId, UserId ActorId, ReturnStatus? Status)
    : IQuery<Result<VendorReturnsView>>;

internal sealed record VendorReturnsView(ReturnPolicyView Policy, IReadOnlyList<ReturnView> Returns);

/// <summary>
/// Every cooperative's returns for the admins, oldest first, at most 200: in one status, or (no
/// status) those waiting for the alliance: disputed, a transfer to make, a refund that failed or
/// has not come an hour after it was agreed.
/// </summary>
internal sealed record ListAdminReturnsQuery(ReturnStatus? Status) : IQuery<IReadOnlyList<ReturnView>>;

/// <summary>A cooperative's return policy, as shoppers are told it (the default when it set none).</summary>
internal sealed record GetReturnPoliciesQuery(IReadOnlyList<CooperativeId> CooperativeIds) : IQuery<IReadOnlyDictionary<CooperativeId, ReturnPolicyView>>;

/// <summary>One photo of a return, for its shopper, its cooperative's people or an admin.</summary>
internal sealed record GetReturnPhotoQuery(Guid ReturnId, int Index, UserId ViewerId, bool Admin) : IQuery<Result<ReturnPhoto>>;

internal sealed record ReturnPhoto(byte[] Content, string ContentType);

internal sealed record ReturnLineView(string Sku, string ProductName, string Unit, int Quantity, Money UnitPrice, Money Total);

/// <summary>
/// A return as its shopper, its cooperative and the admins read it. <see cref="Account"/>, where a
/// refund by transfer goes, is shown to the admins alone.
/// </summary>
internal sealed record ReturnView(
    Guid ReturnId,
    OrderId OrderId,
    string OrderNumber,
    OrderPartId PartId,
    CooperativeId CooperativeId,
    string VendorName,
    IReadOnlyList<ReturnLineView> Lines,
    ReturnReason Reason,
    string? Details,
    int Photos,
    Money Asked,
    Money Delivery,
    Money? Offered,
    Money? Refund,
    string? Answer,
    ReturnStatus Status,
    bool Restocked,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt,
    DateTimeOffset? RefundedAt,
    string? RefundProblem,
    bool ByTransfer,
    DateTimeOffset? TransferredAt,
    RefundAccount? Account = null)
{
    public static ReturnView Of(ReturnRequest r, bool withAccount = false) => new(
        r.Id, r.OrderId, r.OrderNumber, r.PartId, r.CooperativeId, r.VendorName,
        [.. r.Lines.Select(l => new ReturnLineView(l.Sku, l.ProductName, l.Unit, l.Quantity, Money.Dong(l.UnitPriceVnd), Money.Dong(l.TotalVnd)))],
        r.Reason, r.Details, r.Photos.Count, Money.Dong(r.AskedVnd), Money.Dong(r.DeliveryVnd),
        r.OfferedVnd is { } offered ? Money.Dong(offered) : null, r.RefundVnd is { } refund ? Money.Dong(refund) : null,
        r.Answer, r.Status, r.Restocked, r.CreatedAt, r.DecidedAt, r.RefundedAt, r.RefundProblem,
        r.ByTransfer, r.TransferredAt, withAccount ? r.Account : null);
}
