using MailKit.Net.Smtp;
using MailKit.Security;
using Marketplace.SharedKernel.Mail;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Marketplace.Web.Infrastructure.Mail;

/// <summary>
/// Sends through the configured SMTP server, or, on the embedded default where none is set,
/// writes each mail as an .eml file into the pickup folder, where a person (or a test) opens it.
/// </summary>
internal sealed class MailKitMailSender(IOptions<MailOptions> options, IWebHostEnvironment environment) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var settings = options.Value;
        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(mail.ToName, mail.To));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.TextBody };

        if (string.IsNullOrWhiteSpace(settings.Smtp.Host))
        {
            var folder = Path.Combine(environment.ContentRootPath, settings.PickupDirectory);
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(file, cancellationToken);
            return;
        }

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
