using global::Stripe;
using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Stripe;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Payments.Features.CardPayments;

/// <summary>
/// What an intent's state means for its payment, from the webhook or the return page alike. The
/// intent's own state decides, not the order in which events arrive: a "failed" that arrives after
/// "succeeded" finds the payment paid and changes nothing.
/// </summary>
internal sealed partial class CardOutcomes(PaymentsDbContext db, ISender sender, TimeProvider clock, ILogger<CardOutcomes> logger)
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
        else if (intent.Metadata?.ContainsKey(DepositMetadata.Reference) == true)
        {
            await DepositAsync(intent, cancellationToken);
        }
    }

    /// <summary>
    /// A pre-order's deposit paid by card: Ordering counts what Stripe received toward the
    /// reservation, keyed by the intent, so the webhook and the return page count it once.
    /// </summary>
    public async Task DepositAsync(PaymentIntent intent, CancellationToken cancellationToken)
    {
        if (intent.Status != "succeeded" || intent.Metadata?.GetValueOrDefault(DepositMetadata.Reference) is not { Length: > 0 } reference)
        {
            return;
        }

        var counted = await sender.Send(
            new RecordDepositTransferCommand(reference, intent.AmountReceived, RecordDepositTransferCommand.CardKey(intent.Id), clock.GetUtcNow()),
            cancellationToken);
        if (!counted.IsSuccess && counted.Error!.Code != "deposit.already_counted")
        {
            // A reservation takes every card payment it is named in (beyond its deposit, it is owed back to the card);
            // only one that no longer exists refuses it. The alliance returns that from Stripe's dashboard; the log names the intent.
            LogDepositNotCounted(logger, intent.Id, reference, counted.Error.Code);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card deposit {IntentId} for {Reference} was not counted ({Code}): return it from Stripe")]
    private static partial void LogDepositNotCounted(ILogger logger, string intentId, string reference, string code);
}
