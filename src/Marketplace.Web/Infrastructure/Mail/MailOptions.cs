namespace Marketplace.Web.Infrastructure.Mail;

/// <summary>Configuration section "Mail". With no SMTP host, mails are written to <see cref="PickupDirectory"/>.</summary>
internal sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "Chợ HTX <no-reply@htx-marketplace.vn>";

    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    internal sealed class SmtpOptions
    {
        public string Host { get; set; } = string.Empty;

        public int Port { get; set; } = 587;

        public bool UseStartTls { get; set; } = true;

        public string UserName { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }
}
