using Marketplace.Payments.Contracts;
using Marketplace.Payments.Stripe;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;

namespace Marketplace.Payments.Features.CardPayments;

/// <summary>
/// Deposits by card. Payments keeps no row of its own for them: the intent's metadata names the
/// reservation, Ordering counts what Stripe received (keyed by the intent), and the ledger learns
/// of it as of any deposit, through <c>ReservationDepositIntegrationEvent</c>.
/// </summary>
internal sealed class DepositCardHandlers(StripeGateway stripe, CardOutcomes outcomes)
    : IRequestHandler<StartDepositCardPaymentCommand, Result<DepositCardSession>>,
      IRequestHandler<SettleDepositCardPaymentCommand, Result<DepositCardOutcome>>,
      IRequestHandler<RefundDepositCardCommand, Result<string>>
{
    public async ValueTask<Result<DepositCardSession>> Handle(StartDepositCardPaymentCommand command, CancellationToken cancellationToken)
    {
        var intent = await stripe.CreateDepositIntentAsync(command.ReservationId, command.Reference, command.AmountVnd, command.BuyerEmail, cancellationToken);
        return intent.IsSuccess
            ? new DepositCardSession(intent.Value.Id, intent.Value.ClientSecret, stripe.PublishableKey, Money.Dong(command.AmountVnd))
            : intent.Error!;
    }

    public async ValueTask<Result<DepositCardOutcome>> Handle(SettleDepositCardPaymentCommand command, CancellationToken cancellationToken)
    {
        var intent = await stripe.GetPaymentIntentAsync(command.PaymentIntentId, cancellationToken);
        if (!intent.IsSuccess)
        {
            return intent.Error!.Code == "payment.stripe_refused" ? NotThisReservation() : intent.Error;
        }

        // The intent's id comes from the address Stripe sent the buyer back to: it must be this reservation's.
        if (intent.Value.Metadata?.GetValueOrDefault(DepositMetadata.ReservationId) != command.ReservationId.ToString())
        {
            return NotThisReservation();
        }

        await outcomes.DepositAsync(intent.Value, cancellationToken);
        return new DepositCardOutcome(
            intent.Value.Status, intent.Value.AmountReceived,
            intent.Value.LastPaymentError is { } error ? PaymentFailureReasons.Declined(error.Message) : null);
    }

    public async ValueTask<Result<string>> Handle(RefundDepositCardCommand command, CancellationToken cancellationToken)
    {
        if (command.AskedBefore)
        {
            var found = await stripe.FindRefundAsync(command.RefundId, command.PaymentIntentId, cancellationToken);
            if (!found.IsSuccess || found.Value is not null)
            {
                return found.IsSuccess ? found.Value!.Id : found.Error!;
            }
        }

        var refund = await stripe.RefundAsync(command.RefundId, command.PaymentIntentId, command.AmountVnd, cancellationToken);
        return refund.IsSuccess ? refund.Value.Id : refund.Error!;
    }

    private static Error NotThisReservation() => Error.NotFound("payment.not_found", Bilingual.Pick(
        "Không có khoản trả cọc bằng thẻ này.", "There is no such card payment of this deposit."));
}
