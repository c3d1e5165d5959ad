using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Stripe;
using Marketplace.SharedKernel.Results;
using Mediator;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.CardPayments;

/// <summary>
/// The return page after Stripe's card form: asks Stripe how the intent ended rather than wait
/// for the webhook, and books the outcome the same way the webhook would (whichever comes
/// second finds it booked and does nothing).
/// </summary>
internal sealed class RefreshCardPaymentHandler(
    PaymentsDbContext db, PaymentBook book, StripeGateway stripe, CardOutcomes outcomes, IOptions<PaymentsOptions> options)
    : IRequestHandler<RefreshCardPaymentCommand, Result<PaymentView>>
{
    public async ValueTask<Result<PaymentView>> Handle(RefreshCardPaymentCommand command, CancellationToken cancellationToken)
    {
        var found = await book.ForBuyerAsync(command.OrderId, command.BuyerId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var payment = found.Value;
        if (payment.StripePaymentIntentId is { } intentId && payment.Status is PaymentStatus.Pending or PaymentStatus.Failed)
        {
            var intent = await stripe.GetPaymentIntentAsync(intentId, cancellationToken);
            if (intent.IsSuccess)
            {
                await outcomes.ApplyAsync(payment, intent.Value, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
        }

        return PaymentViews.View(payment, options.Value);
    }
}
