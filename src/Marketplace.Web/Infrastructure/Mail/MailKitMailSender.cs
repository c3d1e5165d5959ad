using MailKit.Net.Smtp;
using MailKit.Security;
using Marketplace.Accounts;
using Marketplace.SharedKernel.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Marketplace.Web.Infrastructure.Mail;

/// <summary>
/// Sends through the configured SMTP server, or (Development, tests, <see cref="MailDelivery.Pickup"/>)
/// writes each mail as an .eml file into the pickup folder, where a person (or a test) opens it.
/// A mail with a stable id is sent once: the id is looked up in the sent-mail log first and
/// written there after sending (a crash in between resends it under the same Message-ID, and
/// in the pickup folder under the same file name).
/// </summary>
internal sealed class MailKitMailSender(
    IOptions<MailOptions> options, IWebHostEnvironment environment, IServiceScopeFactory scopes, TimeProvider clock) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);

        // The sent-mail log only for mails with an id (a reset link has none: each request sends one).
        await using var scope = mail.MessageId is null ? (AsyncServiceScope?)null : scopes.CreateAsyncScope();
        var log = scope?.ServiceProvider.GetRequiredService<AccountsDbContext>();
        if (log is not null && await log.SentMails.AnyAsync(m => m.MessageId == mail.MessageId, cancellationToken))
        {
            return;
        }

        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.TextBody };
        if (mail.MessageId is not null)
        {
            message.MessageId = $"{mail.MessageId}@{message.From.Mailboxes.First().Domain}";
        }

        if (settings.Delivery == MailDelivery.Pickup)
        {
            await WriteToPickupAsync(message, mail.MessageId, settings, cancellationToken);
        }
        else
        {
            await SendBySmtpAsync(message, settings, cancellationToken);
        }

        if (log is not null)
        {
            // Noted even if the caller gives up now: the mail has gone.
            log.SentMails.Add(new SentMail(mail.MessageId!, clock.GetUtcNow()));
            try
            {
                await log.SaveChangesAsync(CancellationToken.None);
            }
            catch (DbUpdateException)
            {
                // Sent at the same moment by another delivery of the same event: noted already.
                // Anything else is a real failure.
                log.ChangeTracker.Clear();
                if (!await log.SentMails.AsNoTracking().AnyAsync(m => m.MessageId == mail.MessageId, CancellationToken.None))
                {
                    throw;
                }
            }
        }
    }

    private async Task WriteToPickupAsync(MimeMessage message, string? messageId, MailOptions settings, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
        Directory.CreateDirectory(folder);

        // Named by its id when it has one, so a resend replaces the file instead of adding one;
        // written aside and moved in, so a reader never sees half a mail.
        var name = messageId is null
            ? $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}"
            : Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(messageId)))[..32];
        var file = Path.Combine(folder, name + ".eml");
        var temporary = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, file, overwrite: true);
    }

    private static async Task SendBySmtpAsync(MimeMessage message, MailOptions settings, CancellationToken cancellationToken)
    {
        using var smtp = new SmtpClient();
        await smtp.ConnectAsync(
            settings.Smtp.Host,
            settings.Smtp.Port,
            settings.Smtp.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.Auto,
            cancellationToken);
        if (!string.IsNullOrEmpty(settings.Smtp.UserName))
        {
            await smtp.AuthenticateAsync(settings.Smtp.UserName, settings.Smtp.Password, cancellationToken);
        }

        await smtp.SendAsync(message, cancellationToken);
        await smtp.DisconnectAsync(quit: true, cancellationToken);
    }
}
