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

/// <summary>Publishes one module's due outbox messages through the mediator, one pass at a time.</summary>
public sealed partial class OutboxProcessor<TContext>(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor<TContext>> logger) : IOutboxProcessor
    where TContext : ModuleDbContext
{
    /// <summary>Returns how many messages were delivered in this pass.</summary>
    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.ProcessedAt == null && m.Attempts < settings.MaxAttempts && m.NextAttemptAt <= now)
            .OrderBy(m => m.OccurredAt)
            .Take(settings.BatchSize)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var message in due)
        {
            // Each message's handlers get a scope of their own, so a failing handler's half-made
            // changes never ride along with the outbox bookkeeping saved below.
            await using var handlerScope = scopes.CreateAsyncScope();
            try
            {
                var integrationEvent = message.ToIntegrationEvent();
                await handlerScope.ServiceProvider.GetRequiredService<IPublisher>().Publish(integrationEvent, cancellationToken);
                message.MarkProcessed(clock.GetUtcNow());
                delivered++;
            }
            // A handler's own timeout is an OperationCanceledException too: it counts as a failed
            // attempt like any other. Only the dispatcher being stopped leaves the message as it was.
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                message.MarkFailed(ex.Message, clock.GetUtcNow());
                LogDeliveryFailed(logger, ex, message.Id, message.Type, message.Attempts);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return delivered;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} ({Type}) failed on attempt {Attempt}")]
    private static partial void LogDeliveryFailed(ILogger logger, Exception exception, Guid messageId, string type, int attempt);
}
