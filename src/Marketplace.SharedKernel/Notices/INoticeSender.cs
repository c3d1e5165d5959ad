namespace Marketplace.SharedKernel.Notices;

/// <summary>Where a notice goes besides the notification centre: a Zalo message, or an SMS from the marketplace's brandname.</summary>
public enum NoticeChannel
{
    Zalo,
    Sms,
}

/// <summary>
/// A short notice for a phone: its title and detail (a Zalo template's two fields, or the SMS
/// text made from them), the number in national form ("0912345678") and a reference that stays
/// the same across retries, which providers that take one use to refuse a second copy.
/// </summary>
public sealed record TextNotice(string Phone, string Title, string Detail, string Reference)
{
    /// <summary>The SMS: one message of plain text, the link left to the notification centre.</summary>
    public string SmsText => $"{Title}. {Detail}";
}

/// <summary>What became of one attempt to send.</summary>
public abstract record SendOutcome
{
    /// <summary>The provider took the message; its id is how its delivery report names it.</summary>
    public sealed record Sent(string ProviderMessageId) : SendOutcome;

    /// <summary>The provider could not be reached or was briefly unable: the same message may go again later.</summary>
    public sealed record Retry(string Reason) : SendOutcome;

    /// <summary>The provider refused the message itself (credentials, template, number): sending it again changes nothing.</summary>
    public sealed record Rejected(string Reason) : SendOutcome;
}

/// <summary>
/// One channel's provider. The host registers one per configured provider (Zalo ZNS, a brandname
/// SMS gateway); a channel without one is not offered to people.
/// </summary>
public interface INoticeSender
{
    NoticeChannel Channel { get; }

    Task<SendOutcome> SendAsync(TextNotice notice, CancellationToken cancellationToken);
}
