using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Notices;

namespace Marketplace.Vendors.Domain;

/// <summary>
/// Something a cooperative's person should know (a new order, a request for a quote, stock running
/// low …), in their notification centre until they have read it, and sent to the phone channels
/// they chose (<see cref="NoticeDelivery"/>).
/// </summary>
internal sealed class Notice
{
    private Notice()
    {
    }

    public Notice(Guid id, CooperativeId cooperativeId, UserId userId, string kind, string title, string detail, string link, DateTimeOffset at)
    {
        Id = id;
        CooperativeId = cooperativeId;
        UserId = userId;
        Kind = kind;
        Title = title;
        Detail = detail;
        Link = link;
        CreatedAt = at;
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public UserId UserId { get; private set; }

    /// <summary>What happened, as a stable word ("order", "rfq", "stock", "product", "delivery-failed").</summary>
    public string Kind { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string Detail { get; private set; } = string.Empty;

    /// <summary>Where to act: a path of the site.</summary>
    public string Link { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}

internal enum DeliveryStatus
{
    /// <summary>Waiting for its time: the first attempt, a retry, or the end of the person's quiet hours.</summary>
    Pending,

    /// <summary>The provider took it.</summary>
    Sent,

    /// <summary>The provider reported it reached the phone.</summary>
    Delivered,

    /// <summary>Refused, or still failing after the last retry: the person is told in the notification centre.</summary>
    Failed,
}

/// <summary>One notice on its way to one channel: the record of what was sent, when, and what the provider said.</summary>
internal sealed class NoticeDelivery
{
    private NoticeDelivery()
    {
    }

    public NoticeDelivery(Guid id, Notice notice, NoticeChannel channel, string phone, DateTimeOffset at)
    {
        Id = id;
        NoticeId = notice.Id;
        UserId = notice.UserId;
        Channel = channel;
        Phone = phone;
        CreatedAt = at;
        NextAttemptAt = at;
    }

    public Guid Id { get; private set; }

    public Guid NoticeId { get; private set; }

    public UserId UserId { get; private set; }

    public NoticeChannel Channel { get; private set; }

    public string Phone { get; private set; } = string.Empty;

    public DeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? ProviderMessageId { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Checked by each save: the dispatcher and a delivery report never both write from the same read.</summary>
    public Guid Version { get; private set; } = Guid.NewGuid();

    public void Wait(DateTimeOffset until) => Touch(() => NextAttemptAt = until);

    /// <summary>
    /// Taken by one dispatcher before it calls the provider, saved first: another instance that
    /// read the same row loses on the version and does not send it too. Should this one stop
    /// before recording the answer, the delivery is due again when the claim lapses.
    /// </summary>
    public void Claim(DateTimeOffset until) => Touch(() => NextAttemptAt = until);

    /// <summary>The person turned this channel off, or changed the number, since it was queued: it is not sent.</summary>
    public void Withdraw(string reason) => Touch(() => (Status, LastError) = (DeliveryStatus.Failed, Shorten(reason)));

    public void Record(SendOutcome outcome, DateTimeOffset at, int maxAttempts, TimeSpan retryDelay) => Touch(() =>
    {
        Attempts++;
        switch (outcome)
        {
            case SendOutcome.Sent sent:
                (Status, ProviderMessageId, SentAt, LastError) = (DeliveryStatus.Sent, sent.ProviderMessageId, at, null);
                break;
            case SendOutcome.Rejected rejected:
                (Status, LastError) = (DeliveryStatus.Failed, Shorten(rejected.Reason));
                break;
            case SendOutcome.Retry retry:
                LastError = Shorten(retry.Reason);
                if (Attempts >= maxAttempts)
                {
                    Status = DeliveryStatus.Failed;
                }
                else
                {
                    // Each retry waits twice as long as the one before.
                    NextAttemptAt = at + (retryDelay * Math.Pow(2, Attempts - 1));
                }

                break;
        }
    });

    /// <summary>
    /// The provider's delivery report: reached the phone, or not. Only a message on its way takes
    /// one: a late or repeated report does not turn a delivered message into a failed one.
    /// </summary>
    public void Report(bool delivered, string? error, DateTimeOffset at) => Touch(() =>
    {
        if (Status is DeliveryStatus.Delivered or DeliveryStatus.Failed)
        {
            return;
        }

        if (delivered)
        {
            (Status, DeliveredAt) = (DeliveryStatus.Delivered, at);
        }
        else
        {
            (Status, LastError) = (DeliveryStatus.Failed, Shorten(error));
        }
    });

    private static string? Shorten(string? text) => text is { Length: > 500 } ? text[..500] : text;

    private void Touch(Action change)
    {
        change();
        Version = Guid.NewGuid();
    }
}
