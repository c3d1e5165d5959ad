using global::Stripe;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Payments;
using Marketplace.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.CardPayments;

/// <summary>
/// What an intent's state means for its payment, from the webhook or the return page alike. The
/// intent's own state decides, not the order in which events arrive: a "failed" that arrives after
/// "succeeded" finds the payment paid and changes nothing.
/// </summary>
internal sealed class CardOutcomes(PaymentsDbContext db, TimeProvider clock)
{
    public async Task ApplyAsync(PaymentIntent intent, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(intent.Id))
        {
            // Would match every payment that has no intent (a bank transfer's among them).
            return;
        }

        var payment = await db.Payments.SingleOrDefaultAsync(p => p.StripePaymentIntentId == intent.Id, cancellationToken);
        if (payment is null && intent.Metadata?.TryGetValue("order_id", out var orderId) == true && Guid.TryParse(orderId, out var guid))
        {
            var id = OrderId.From(guid);
            payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == id, cancellationToken);
        }

        if (payment is not null)
        {
            await ApplyAsync(payment, intent, cancellationToken);
        }
    }

    public async Task ApplyAsync(Payment payment, PaymentIntent intent, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (intent.Status == "succeeded" && intent.AmountReceived >= payment.AmountVnd && payment.Succeed(now))
        {
            await Settlement.PaidAsync(db, payment, now, cancellationToken);
        }
        else if (intent.Status == "requires_payment_method" && intent.LastPaymentError is { } error)
        {
            var message = PaymentFailureReasons.Declined(error.Message);
            if (payment.Fail(message))
            {
                db.AddIntegrationEvent(new PaymentFailedIntegrationEvent(Guid.NewGuid(), now, payment.OrderId, message, Final: false));
            }
        }
    }
}
