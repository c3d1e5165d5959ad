using System.Text.Json.Serialization;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Payments.Features.Payments;

/// <summary>What the page needs to show Stripe's Payment Element for the order.</summary>
internal sealed record CardPaymentSession(
    OrderId OrderId, string OrderNumber, string PaymentIntentId, string ClientSecret, string PublishableKey, Money Amount);

/// <summary>
/// Creates (or finds again) the order's Stripe PaymentIntent. It owns its transaction (IOwnsTransaction): it calls
/// Stripe, under an idempotency key, before it saves.
/// </summary>
internal sealed record StartCardPaymentCommand(OrderId OrderId, UserId BuyerId)
    : IRequest<Result<CardPaymentSession>>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>The return page asks Stripe for the intent's outcome rather than wait for the webhook.</summary>
internal sealed record RefreshCardPaymentCommand(OrderId OrderId, UserId BuyerId) : IRequest<Result<PaymentView>>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>A webhook call from Stripe, as received: checked against its signature before anything is read.</summary>
internal sealed record HandleStripeWebhookCommand(string Payload, string? Signature)
    : IRequest<Result<StripeWebhookOutcome>>, IOwnsTransaction<PaymentsTransaction>;

internal sealed record StripeWebhookOutcome(string EventId, string Type, bool AlreadyHandled);

/// <summary>Where the shopper goes to pay an order by e-wallet: the wallet's own page (or app link), and the amount.</summary>
internal sealed record WalletPaymentSession(OrderId OrderId, string OrderNumber, string PayUrl, Money Amount);

/// <summary>
/// Opens (or reopens, while it lives) the wallet payment of the buyer's own order: one payment at the wallet per
/// attempt, a new attempt only once the last one failed. It calls the wallet before it saves.
/// <see cref="ClientIp"/> is the shopper's address, which VNPay asks for.
/// </summary>
internal sealed record StartWalletPaymentCommand(OrderId OrderId, UserId BuyerId, string? ClientIp = null)
    : IRequest<Result<WalletPaymentSession>>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>The shopper came back from the wallet: asks it how the last attempt ended rather than wait for its notification.</summary>
internal sealed record RefreshWalletPaymentCommand(OrderId OrderId, UserId BuyerId)
    : IRequest<Result<PaymentView>>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>MoMo's signed notification (IPN) of how a payment ended: its JSON body, as received.</summary>
internal sealed record MoMoNotificationCommand(string Payload) : IRequest<Result<WalletNoticeOutcome>>, IOwnsTransaction<PaymentsTransaction>;

internal sealed record WalletNoticeOutcome(string WalletOrderId, int ResultCode, bool Changed);

internal sealed record PaymentSummary(
    OrderId OrderId,
    string OrderNumber,
    string BuyerEmail,
    Ordering.Contracts.PaymentMethod Method,
    PaymentStatus Status,
    Money Amount,
    Money Refunded,
    string Reference,
    DateTimeOffset PlacedAt,
    DateTimeOffset? PaidAt,
    IReadOnlyList<PaymentPartView> Parts)
{
    /// <summary>The provider's own id of the money: Stripe's PaymentIntent, MoMo's transaction (what its portal lists).</summary>
    public string? ProviderReference { get; init; }
}

/// <summary>A part of a payment for the admins: its commission as priced when the order was placed, and the rate that comes to.</summary>
internal sealed record PaymentPartView(
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string VendorName,
    Money Total,
    Money Refunded,
    bool Cancelled,
    int CommissionBasisPoints,
    Money Commission,
    Money Refundable,
    Money Deposit)
{
    /// <summary>Not sold because the parcel came back (<see cref="Cancelled"/> too).</summary>
    public bool Returned { get; init; }
}

/// <summary>Payments for the admin, newest first, optionally of one status and method.</summary>
internal sealed record ListPaymentsQuery(PaymentStatus? Status, string? Method, string? Search) : IQuery<IReadOnlyList<PaymentSummary>>;

/// <summary>An admin records a bank transfer that reached the alliance's account.</summary>
internal sealed record MarkTransferReceivedCommand(OrderId OrderId, long AmountVnd, string ActorEmail)
    : ICommand<Result<PaymentView>>, IRunsIn<PaymentsTransaction>;

internal sealed record StatementLineOutcome(int Line, string? Date, long AmountVnd, string Description, string? OrderNumber, bool Matched, string? Problem);

internal sealed record StatementImportResult(int Lines, int Matched, IReadOnlyList<StatementLineOutcome> Outcomes)
{
    public IEnumerable<StatementLineOutcome> Unmatched => Outcomes.Where(o => !o.Matched);
}

/// <summary>
/// Reads the bank's statement (CSV: date, amount, description) and marks paid each pending
/// bank-transfer order whose reference and amount a credit line carries; lists what it could not match.
/// </summary>
internal sealed record ImportBankStatementCommand(UploadedFile File, string ActorEmail) : ICommand<Result<StatementImportResult>>, IRunsIn<PaymentsTransaction>;

internal sealed record RefundView(
    Guid RefundId,
    OrderId OrderId,
    string OrderNumber,
    OrderPartId PartId,
    string VendorName,
    Money Amount,
    Ordering.Contracts.PaymentMethod Method,
    string Reason,
    string? StripeRefundId,
    DateTimeOffset At,
    string By)
{
    /// <summary>The e-wallet's own id of the refund (MoMo's transaction id), for a wallet payment.</summary>
    public string? WalletRefundId { get; init; }
}

/// <summary>
/// Gives back all or some of a part's money: through Stripe for a card payment, MoMo for a wallet payment, recorded as a
/// bank refund for a transfer. The same <see cref="IdempotencyKey"/> (a form shown once, a retried
/// API call) gives back the same refund. It owns its transaction (IOwnsTransaction): Stripe is called before it saves.
/// Cash paid at the door is refunded only for a return (<paramref name="CashByTransfer"/>: the
/// alliance transferred it); otherwise the cooperative that took it gives it back itself.
/// </summary>
internal sealed record RefundPartCommand(
    OrderPartId PartId, long AmountVnd, string Reason, string ActorEmail, string? IdempotencyKey = null, bool CashByTransfer = false)
    : IRequest<Result<RefundView>>, IOwnsTransaction<PaymentsTransaction>;

internal sealed record ListRefundsQuery(OrderId? OrderId) : IQuery<IReadOnlyList<RefundView>>;
