namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>The mails a test host wrote to its pickup folder.</summary>
public static class Mails
{
    /// <summary>The text of each mail to <paramref name="email"/> whose subject has <paramref name="subjectHas"/> in it.</summary>
    public static string[] MailsTo(this MarketplaceFactory factory, string email, string subjectHas) =>
        factory.MailsTo(email, subject => subject.Contains(subjectHas, StringComparison.Ordinal));

    /// <summary>The text of each mail to <paramref name="email"/> whose subject passes <paramref name="subject"/>.</summary>
    public static string[] MailsTo(this MarketplaceFactory factory, string email, Func<string, bool> subject)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return Directory.Exists(factory.MailFolder)
            ? [.. Directory.GetFiles(factory.MailFolder, "*.eml").Select(f => MimeKit.MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, email, StringComparison.OrdinalIgnoreCase)) && subject(m.Subject ?? string.Empty))
                .Select(m => m.TextBody ?? string.Empty)]
            : [];
    }
}
