using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.SharedKernel.Outbox;

/// <summary>
/// The idempotency check every integration-event handler makes: ask first, then record the
/// event in the same SaveChanges as the effect. The (event, handler) key is unique, so two
/// concurrent deliveries cannot both commit.
/// </summary>
public static class ProcessedMessageExtensions
{
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
