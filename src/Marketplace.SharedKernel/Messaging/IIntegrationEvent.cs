using Mediator;

namespace Marketplace.SharedKernel.Messaging;

/// <summary>
/// A notification that crosses module boundaries. It travels through the sender's outbox, so it
/// is delivered at least once; every handler must tolerate a second delivery of the same
/// <see cref="EventId"/> (see <see cref="Outbox.ProcessedMessageExtensions"/>).
/// </summary>
public interface IIntegrationEvent : INotification
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
