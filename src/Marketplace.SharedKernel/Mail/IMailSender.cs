namespace Marketplace.SharedKernel.Mail;

/// <summary>A plain-text mail to one person, already in that person's language.</summary>
public sealed record OutgoingMail(string To, string ToName, string Subject, string TextBody);

public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
