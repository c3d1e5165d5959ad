namespace Marketplace.SharedKernel.Outbox;

/// <summary>
/// Records that one handler has applied one integration event, in the handler's own module and
/// transaction: a redelivered event finds its row and is skipped.
/// </summary>
public sealed class ProcessedMessage
{
    private ProcessedMessage()
    {
    }

    public ProcessedMessage(Guid eventId, string handler, DateTimeOffset processedAt)
    {
        EventId = eventId;
        Handler = handler;
        ProcessedAt = processedAt;
    }

    public Guid EventId { get; private set; }

    public string Handler { get; private set; } = string.Empty;

    public DateTimeOffset ProcessedAt { get; private set; }
}
