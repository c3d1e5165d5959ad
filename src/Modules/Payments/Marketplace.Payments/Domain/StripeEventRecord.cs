namespace Marketplace.Payments.Domain;

/// <summary>A Stripe event already handled: its id is the key, so a replay finds it and does nothing.</summary>
internal sealed class StripeEventRecord
{
    private StripeEventRecord()
    {
    }

    public StripeEventRecord(string eventId, string type, DateTimeOffset receivedAt)
    {
        EventId = eventId;
        Type = type;
        ReceivedAt = receivedAt;
    }

    public string EventId { get; private set; } = string.Empty;

    public string Type { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }
}
