namespace Marketplace.SharedKernel.Mail;

/// <summary>
/// A plain-text mail to one person, already in that person's language. <paramref name="MessageId"/>
/// names what the mail is about (an event and the handler mailing it), the same each time the
/// event is delivered: a mail with an id already sent is not sent again, and a resend after a
/// crash between sending and noting it carries the same Message-ID, which mail clients fold.
/// </summary>
public sealed record OutgoingMail(string To, string ToName, string Subject, string TextBody, string? MessageId = null)
{
    /// <summary>The id of the mail a handler sends for an event, to one recipient (hashed: an id names no address).</summary>
    public static string IdFor(Guid eventId, string handler, string? recipient = null) =>
        recipient is null
            ? $"{eventId:N}.{handler}"
            : $"{eventId:N}.{handler}."
                + Convert.ToHexStringLower(
                    System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(recipient.Trim().ToLowerInvariant())))[..16];
}

public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
