using global::Stripe;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.CardPayments;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Stripe;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.Webhooks;

/// <summary>
/// Stripe's webhook. Nothing is read before the signature checks out (HMAC-SHA256 with the
/// endpoint's secret, at most 300 s old). Each event id is recorded in the same transaction as
/// its effect, so a replay, however often, finds it and does nothing; two deliveries racing each
/// other meet at the event id's primary key and only one commits.
/// </summary>
internal sealed partial class HandleStripeWebhookHandler(
    PaymentsDbContext db,
    CardOutcomes outcomes,
    IOptions<StripeOptions> options,
    TimeProvider clock,
    ILogger<HandleStripeWebhookHandler> logger)
    : IRequestHandler<HandleStripeWebhookCommand, Result<StripeWebhookOutcome>>
{
    public async ValueTask<Result<StripeWebhookOutcome>> Handle(HandleStripeWebhookCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.WebhookSecret))
        {
            return Error.NotFound("webhook.not_configured", "No Stripe webhook secret is configured.");
        }

        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(
                command.Payload, command.Signature ?? string.Empty, options.Value.WebhookSecret,
                options.Value.WebhookTolerance, clock.GetUtcNow().ToUnixTimeSeconds(), throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            LogRejected(logger, ex.Message);
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["Stripe-Signature"] =
                    [Bilingual.Pick("Chữ ký webhook không hợp lệ hoặc đã quá hạn.", "The webhook's signature is not valid or is too old.")],
            });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Parsing only: a signed body that is not an event (not JSON, the wrong shape, a bad
            // timestamp in the header) is the sender's mistake, whatever the parser threw.
            LogRejected(logger, ex.Message);
            return NotAnEvent();
        }

        // Everything below keys on these; an event without them cannot be handled once.
        var aboutAnIntent = stripeEvent.Type is EventTypes.PaymentIntentSucceeded or EventTypes.PaymentIntentPaymentFailed;
        if (string.IsNullOrEmpty(stripeEvent.Id) || string.IsNullOrEmpty(stripeEvent.Type)
            || (aboutAnIntent && stripeEvent.Data?.Object is not PaymentIntent { Id.Length: > 0 }))
        {
            return NotAnEvent();
        }

        if (await db.StripeEvents.AnyAsync(e => e.EventId == stripeEvent.Id, cancellationToken))
        {
            return new StripeWebhookOutcome(stripeEvent.Id, stripeEvent.Type, AlreadyHandled: true);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // The event's id first, on its own: a second delivery of the same event waits here for
            // the first to finish and then finds the id taken, instead of racing it on the ledger's
            // rows (which PostgreSQL may report as a deadlock).
            db.StripeEvents.Add(new StripeEventRecord(stripeEvent.Id, stripeEvent.Type, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            if (aboutAnIntent && stripeEvent.Data.Object is PaymentIntent intent)
            {
                await outcomes.ApplyAsync(intent, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateException || ex.InnerException is DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await db.StripeEvents.AsNoTracking().AnyAsync(e => e.EventId == stripeEvent.Id, CancellationToken.None))
            {
                return new StripeWebhookOutcome(stripeEvent.Id, stripeEvent.Type, AlreadyHandled: true);
            }

            // Another event of the same payment was booked at the same moment: Stripe sends this one again.
            return Error.Conflict("webhook.retry", "The payment changed while this event was handled; send it again.");
        }

        return new StripeWebhookOutcome(stripeEvent.Id, stripeEvent.Type, AlreadyHandled: false);
    }

    private static Error NotAnEvent() => Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["body"] = [Bilingual.Pick("Nội dung không phải một sự kiện Stripe.", "The body is not a Stripe event.")],
    });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stripe webhook rejected: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);
}
