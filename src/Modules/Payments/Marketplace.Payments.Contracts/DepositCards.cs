using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Payments.Contracts;

/// <summary>
/// A pre-order's deposit by card. Ordering has checked that the reservation is the buyer's and
/// what it still owes; Payments asks Stripe for the intent, once per reservation and amount.
/// </summary>
public sealed record StartDepositCardPaymentCommand(Guid ReservationId, string Reference, long AmountVnd, string BuyerEmail)
    : IRequest<Result<DepositCardSession>>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>What Stripe's Payment Element needs to take the deposit.</summary>
public sealed record DepositCardSession(string PaymentIntentId, string ClientSecret, string PublishableKey, Money Amount);

/// <summary>
/// The buyer is back from Stripe's form: the intent's state is asked of Stripe (never taken from
/// the address) and, if it succeeded, counted toward the reservation's deposit as the webhook
/// would count it; whichever comes second finds it counted.
/// </summary>
public sealed record SettleDepositCardPaymentCommand(Guid ReservationId, string PaymentIntentId)
    : IRequest<Result<DepositCardOutcome>>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>Stripe's word on the intent ("succeeded", "processing", "requires_payment_method" …) and what it received.</summary>
public sealed record DepositCardOutcome(string Status, long AmountReceivedVnd, string? Declined);

/// <summary>
/// Returns what a reservation is owed back to the card its deposit came by: a Stripe refund on
/// the deposit's intent, once per <see cref="RefundId"/> however often it is asked. Asked again
/// (<see cref="AskedBefore"/>), the refund is first looked for on the intent, in case Stripe made
/// it and has forgotten the key since.
/// </summary>
public sealed record RefundDepositCardCommand(string PaymentIntentId, long AmountVnd, Guid RefundId, bool AskedBefore = false)
    : IRequest<Result<string>>, IOwnsTransaction<PaymentsTransaction>;
