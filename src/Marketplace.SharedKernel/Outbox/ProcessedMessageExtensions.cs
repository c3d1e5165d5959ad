using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Outbox;

/// <summary>
/// The idempotency every integration-event handler keeps: ask first, then record the event in
/// the same SaveChanges as the effect. The (event, handler) key is unique, so two concurrent
/// deliveries cannot both commit.
/// </summary>
public static class ProcessedMessageExtensions
{
    /// <summary>
    /// Applies <paramref name="effect"/> once per event and handler: skipped when the event was
    /// already handled, else saved together with the record that it was.
    /// </summary>
    public static async ValueTask HandleOnceAsync(
        this ModuleDbContext db, IIntegrationEvent integrationEvent, string handler, TimeProvider clock, Func<Task> effect, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(effect);
        ArgumentNullException.ThrowIfNull(clock);
        if (await db.HasProcessedAsync(integrationEvent, handler, cancellationToken))
        {
            return;
        }

        await effect();
        db.MarkProcessed(integrationEvent, handler, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }

    public static Task<bool> HasProcessedAsync(this ModuleDbContext db, IIntegrationEvent integrationEvent, string handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return db.ProcessedMessages.AnyAsync(m => m.EventId == integrationEvent.EventId && m.Handler == handler, cancellationToken);
    }

    public static void MarkProcessed(this ModuleDbContext db, IIntegrationEvent integrationEvent, string handler, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        db.ProcessedMessages.Add(new ProcessedMessage(integrationEvent.EventId, handler, now));
    }
}
