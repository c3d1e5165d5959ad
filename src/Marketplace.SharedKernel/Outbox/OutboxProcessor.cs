using System.Diagnostics;
using System.Reflection;
using System.Runtime.ExceptionServices;
using Marketplace.SharedKernel.Diagnostics;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Outbox;

/// <summary>One module's outbox, seen from the host (which drains them all once after seeding).</summary>
public interface IOutboxProcessor
{
    Task<int> ProcessPendingAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Publishes one module's due outbox messages through the mediator, one pass at a time. With
/// several instances on one database, each message is delivered by the one instance whose claim
/// on it was saved first (<see cref="OutboxMessage.Version"/>); the others pass it by.
/// </summary>
public sealed partial class OutboxProcessor<TContext>(
    IServiceScopeFactory scopes,
    InstanceIdentity instance,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor<TContext>> logger) : IOutboxProcessor
    where TContext : ModuleDbContext
{
    private static readonly string Module = typeof(TContext).Name.Replace("DbContext", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>Returns how many messages were delivered in this pass.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.Attempts < settings.MaxAttempts && m.NextAttemptAt <= now
                && (m.ClaimedUntil == null || m.ClaimedUntil <= now))
            .OrderBy(m => m.OccurredAt)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var message in due)
        {
            if (!await ClaimAsync(db, message, settings.ClaimLease, cancellationToken))
            {
                continue;
            }

            // One span per delivery, in the trace of the request that raised the event. The pass's
            // own queries run outside any span, so an idle outbox looking every few seconds traces nothing.
            ActivityContext.TryParse(message.TraceParent, null, out var raisedBy);
            using var activity = MarketplaceTelemetry.Source.StartActivity($"outbox {message.EventName}", ActivityKind.Consumer, raisedBy);
            activity?.SetTag("messaging.system", "outbox");
            activity?.SetTag("messaging.operation.type", "process");
            activity?.SetTag("messaging.message.id", message.Id.ToString());
            activity?.SetTag("marketplace.module", Module);
            activity?.SetTag("marketplace.attempt", message.Attempts + 1);
            var started = Stopwatch.GetTimestamp();
            string outcome;
            try
            {
                await DeliverAsync(message.ToIntegrationEvent(), cancellationToken);
                message.MarkProcessed(clock.GetUtcNow());
                delivered++;
                outcome = "delivered";
            }
            // A handler's own timeout is an OperationCanceledException too: it counts as a failed
            // attempt like any other. Only the dispatcher being stopped leaves the message as it was.
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                message.MarkFailed(ex.Message, clock.GetUtcNow());
                MarketplaceTelemetry.Fail(activity, ex);
                LogDeliveryFailed(logger, ex, message.Id, message.Type, message.Attempts);
                outcome = "failed";
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The claim lapsed while the handlers ran and another instance took the message:
                // its outcome stands (the handlers that finished here skip it there).
                db.Entry(message).State = EntityState.Detached;
                LogClaimLapsed(logger, message.Id, message.Type);
                outcome = "lapsed";
            }

            MarketplaceTelemetry.RecordOutboxDelivery(
                Module, message.EventName, outcome, Stopwatch.GetElapsedTime(started), clock.GetUtcNow() - message.OccurredAt);
        }

        return delivered;
    }

    /// <summary>Saves this instance's claim, unless another instance changed the message since it was read.</summary>
    private async Task<bool> ClaimAsync(TContext db, OutboxMessage message, TimeSpan lease, CancellationToken cancellationToken)
    {
        message.Claim(instance.Name, clock.GetUtcNow() + lease);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.Entry(message).State = EntityState.Detached;
            return false;
        }
    }

    /// <summary>
    /// Hands the event to each of its handlers in a scope (and so a DbContext) of its own: one
    /// handler's half-made changes never ride on another's SaveChanges, nor on the outbox
    /// bookkeeping. A handler that fails does not keep the others from running (a mail server
    /// down must not hold back a payment); the message then counts as failed and is retried,
    /// and the handlers that had finished skip it (HandleOnceAsync).
    /// </summary>
    private async Task DeliverAsync(object integrationEvent, CancellationToken cancellationToken)
    {
        var handlerType = typeof(INotificationHandler<>).MakeGenericType(integrationEvent.GetType());
        var handle = handlerType.GetMethod(nameof(INotificationHandler<INotification>.Handle))!;
        // The handlers' types, once; each is then made alone in its own scope (resolving them all
        // in every scope would build every handler, and its DbContext, once per handler).
        List<Type> handlerTypes;
        await using (var probe = scopes.CreateAsyncScope())
        {
            handlerTypes = probe.ServiceProvider.GetServices(handlerType).Select(h => h!.GetType()).ToList();
        }

        var failures = new List<Exception>();
        foreach (var type in handlerTypes)
        {
            await using var scope = scopes.CreateAsyncScope();
            var handler = ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            try
            {
                await (ValueTask)handle.Invoke(handler, BindingFlags.DoNotWrapExceptions, null, [integrationEvent, cancellationToken], null)!;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failures.Add(ex);
            }
        }

        if (failures.Count == 1)
        {
            ExceptionDispatchInfo.Throw(failures[0]);
        }

        if (failures.Count > 1)
        {
            throw new AggregateException(failures);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) was taken over by another instance before its outcome was saved")]
    private static partial void LogClaimLapsed(ILogger logger, Guid messageId, string type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) failed on attempt {Attempt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, Guid messageId, string type, int attempt);
}
