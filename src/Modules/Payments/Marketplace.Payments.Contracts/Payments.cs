using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Payments.Contracts;

/// <summary>Where an order's money stands in Payments.</summary>
public enum PaymentStatus
{
    /// <summary>Cash on delivery: collected by the cooperative at the door.</summary>
    DueOnDelivery,
    Pending,
    Succeeded,
    Failed,
    /// <summary>Not paid by the deadline: the order was cancelled and its stock went back.</summary>
    Expired,
    /// <summary>Every part was cancelled before it was paid: nothing is due.</summary>
    Cancelled,
}

/// <summary>What checkout may offer: cards only when a Stripe key is configured.</summary>
public sealed record PaymentOptions(bool CardsEnabled, string? PublishableKey);

public sealed record GetPaymentOptionsQuery : IQuery<PaymentOptions>;

/// <summary>What the shopper needs to pay by bank transfer: the alliance's account, the amount, the reference, and the VietQR payload their banking app scans.</summary>
public sealed record BankTransferInstructions(string BankName, string BankBin, string AccountNumber, string AccountHolder, Money Amount, string Reference, string VietQrPayload);

public sealed record PaymentView(
    Guid OrderId,
    string OrderNumber,
    string Method,
    PaymentStatus Status,
    Money Amount,
    Money Refunded,
    string Reference,
    DateTimeOffset DueBy,
    DateTimeOffset? PaidAt,
    string? FailureMessage,
    BankTransferInstructions? BankTransfer);

/// <summary>The payment of the buyer's own order (anyone else: not found).</summary>
public sealed record GetPaymentQuery(Guid OrderId, string BuyerEmail) : IQuery<Result<PaymentView>>;

/// <summary>The bank transfer's VietQR code as a PNG image, for the buyer's own order.</summary>
public sealed record GetVietQrImageQuery(Guid OrderId, string BuyerEmail) : IQuery<Result<byte[]>>;

/// <summary>What the page needs to show Stripe's Payment Element for the order.</summary>
public sealed record CardPaymentSession(Guid OrderId, string OrderNumber, string PaymentIntentId, string ClientSecret, string PublishableKey, Money Amount);

/// <summary>
/// Creates (or finds again) the order's Stripe PaymentIntent. Not a unit-of-work command: it calls
/// Stripe, under an idempotency key, before it saves.
/// </summary>
public sealed record StartCardPaymentCommand(Guid OrderId, string BuyerEmail) : IRequest<Result<CardPaymentSession>>;

/// <summary>The return page asks Stripe for the intent's outcome rather than wait for the webhook.</summary>
public sealed record RefreshCardPaymentCommand(Guid OrderId, string BuyerEmail) : IRequest<Result<PaymentView>>;

/// <summary>A webhook call from Stripe, as received: checked against its signature before anything is read.</summary>
public sealed record HandleStripeWebhookCommand(string Payload, string? Signature) : IRequest<Result<StripeWebhookOutcome>>;

public sealed record StripeWebhookOutcome(string EventId, string Type, bool AlreadyHandled);

public sealed record PaymentSummary(
    Guid OrderId,
    string OrderNumber,
    string BuyerEmail,
    string Method,
    PaymentStatus Status,
    Money Amount,
    Money Refunded,
    string Reference,
    DateTimeOffset PlacedAt,
    DateTimeOffset? PaidAt,
    IReadOnlyList<PaymentPartView> Parts);

public sealed record PaymentPartView(Guid PartId, Guid VendorId, string VendorName, Money Total, Money Refunded, bool Cancelled, int CommissionBasisPoints);

/// <summary>Payments for the admin, newest first, optionally of one status and method.</summary>
public sealed record ListPaymentsQuery(PaymentStatus? Status, string? Method, string? Search) : IQuery<IReadOnlyList<PaymentSummary>>;

/// <summary>An admin records a bank transfer that reached the alliance's account.</summary>
public sealed record MarkTransferReceivedCommand(Guid OrderId, long AmountVnd, string ActorEmail) : ICommand<Result<PaymentView>>;

public sealed record StatementLineOutcome(int Line, string? Date, long AmountVnd, string Description, string? OrderNumber, bool Matched, string? Problem);

public sealed record StatementImportResult(int Lines, int Matched, IReadOnlyList<StatementLineOutcome> Outcomes)
{
    public IEnumerable<StatementLineOutcome> Unmatched => Outcomes.Where(o => !o.Matched);
}

/// <summary>
/// Reads the bank's statement (CSV: date, amount, description) and marks paid each pending
/// bank-transfer order whose reference and amount a credit line carries; lists what it could not match.
/// </summary>
public sealed record ImportBankStatementCommand(UploadedFile File, string ActorEmail) : ICommand<Result<StatementImportResult>>;

public sealed record RefundView(Guid RefundId, Guid OrderId, string OrderNumber, Guid PartId, string VendorName, Money Amount, string Method, string Reason, string? StripeRefundId, DateTimeOffset At, string By);

/// <summary>
/// Gives back all or some of a part's money: through Stripe for a card payment, recorded as a
/// bank refund for a transfer. The same <see cref="IdempotencyKey"/> (a form shown once, a retried
/// API call) gives back the same refund. Not a unit-of-work command: Stripe is called before it saves.
/// </summary>
public sealed record RefundPartCommand(Guid PartId, long AmountVnd, string Reason, string ActorEmail, string? IdempotencyKey = null) : IRequest<Result<RefundView>>;

public sealed record ListRefundsQuery(Guid? OrderId) : IQuery<IReadOnlyList<RefundView>>;
