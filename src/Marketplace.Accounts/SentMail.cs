namespace Marketplace.Accounts;

/// <summary>A mail with a stable id that went out: the host's log, checked before sending the same id again.</summary>
public sealed class SentMail(string messageId, DateTimeOffset sentAt)
{
    public string MessageId { get; private set; } = messageId;

    public DateTimeOffset SentAt { get; private set; } = sentAt;
}
