using Marketplace.SharedKernel.Mail;

namespace Marketplace.Web.Infrastructure.Mail;

/// <summary>Configuration section "Mail".</summary>
internal sealed class MailOptions
{
    public const string Section = "Mail";

    public string From { get; set; } = "Chợ HTX <no-reply@htx-marketplace.vn>";

    /// <summary>
    /// How mails leave. Unset: through SMTP when <c>Mail:Smtp:Host</c> is set; in Development,
    /// with no host, into <see cref="PickupDirectory"/>. Outside Development a missing host stops
    /// the start, unless "Pickup" is chosen on purpose: a marketplace that silently writes its
    /// order and reset mails into a folder nobody reads is worse than one that does not start.
    /// </summary>
    public MailDelivery? Delivery { get; set; }

    public string PickupDirectory { get; set; } = "App_Data/mail";

    public SmtpOptions Smtp { get; set; } = new();

    internal sealed class SmtpOptions
    {
        public string Host { get; set; } = string.Empty;

        public int Port { get; set; } = 587;

        /// <summary>True: STARTTLS is required; false: TLS when the server offers it (port 465: always).</summary>
        public bool UseStartTls { get; set; } = true;

        public string UserName { get; set; } = string.Empty;

        public string Password { get; set; } = string.Empty;
    }
}

internal enum MailDelivery
{
    Smtp,

    /// <summary>Each mail written as an .eml file into the pickup folder (Development, tests).</summary>
    Pickup,
}

internal static class MailSetup
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<MailOptions>()
            .Bind(configuration.GetSection(MailOptions.Section))
            .PostConfigure(options => options.Delivery ??= !string.IsNullOrWhiteSpace(options.Smtp.Host) || !environment.IsDevelopment()
                ? MailDelivery.Smtp
                : MailDelivery.Pickup)
            .Validate(
                options => options.Delivery == MailDelivery.Pickup || !string.IsNullOrWhiteSpace(options.Smtp.Host),
                "Mail:Smtp:Host must name the SMTP server that sends the marketplace's mails (order, reset and invitation mails); "
                + "Mail:Delivery=Pickup writes them into Mail:PickupDirectory instead, for a trial.")
            .Validate(options => options.Smtp.Port is > 0 and < 65536, "Mail:Smtp:Port must be a TCP port.")
            .ValidateOnStart();
        services.AddSingleton<IMailSender, MailKitMailSender>();
        return services;
    }
}
