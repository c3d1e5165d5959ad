using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Vendors.Features.CertificateReminders;

internal sealed class CertificateReminderOptions
{
    public const string Section = "Certificates";

    /// <summary>How often certificates are looked over for one expiring soon: a reminder is a matter of days, not seconds.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>A verified certificate expires within <see cref="Certificate.ReminderDays"/> days: its cooperative's people are told.</summary>
internal sealed record CertificateExpiringSoon(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid CertificateId,
    CooperativeId CooperativeId,
    CertificationKind Kind,
    int? OcopStars,
    string Number,
    string? ProductName,
    DateOnly ExpiresOn) : IIntegrationEvent;

/// <summary>
/// Finds the verified certificates expiring within <see cref="Certificate.ReminderDays"/> days and
/// not yet reminded of, marks each and queues (the outbox, in the same save) the notice to its
/// cooperative's people. Once per certificate, whichever instance runs it and however often; a
/// certificate already renewed (a later one of the same kind for the same product or cooperative
/// is verified) is marked without a word.
/// </summary>
internal sealed record RemindExpiringCertificatesCommand : ICommand<int>, IRunsIn<VendorsTransaction>;

internal sealed class RemindExpiringCertificatesHandler(VendorsDbContext db, TimeProvider clock) : ICommandHandler<RemindExpiringCertificatesCommand, int>
{
    private const int BatchSize = 200;

    public async ValueTask<int> Handle(RemindExpiringCertificatesCommand command, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var due = await db.Certificates.Where(Certificate.DueForReminderOn(today)).OrderBy(c => c.ExpiresOn).Take(BatchSize).ToListAsync(cancellationToken);
        var cooperatives = due.Select(c => c.CooperativeId).Distinct().ToList();
        var later = await db.Certificates.AsNoTracking().Valid(today)
            .Where(c => cooperatives.Contains(c.CooperativeId))
            .Select(c => new { c.Id, c.CooperativeId, c.Kind, c.ProductId, c.ExpiresOn })
            .ToListAsync(cancellationToken);
        var told = 0;
        foreach (var certificate in due)
        {
            certificate.Reminded(now);
            var renewed = later.Any(c => c.Id != certificate.Id && c.CooperativeId == certificate.CooperativeId && c.Kind == certificate.Kind
                && c.ProductId == certificate.ProductId && c.ExpiresOn > certificate.ExpiresOn);
            if (!renewed && certificate.ExpiresOn >= today)
            {
                db.AddIntegrationEvent(new CertificateExpiringSoon(
                    Guid.NewGuid(), now, certificate.Id, certificate.CooperativeId, certificate.Kind, certificate.OcopStars, certificate.Number,
                    certificate.ProductName, certificate.ExpiresOn));
                told++;
            }
        }

        return told;
    }
}

/// <summary>
/// Runs <see cref="RemindExpiringCertificatesCommand"/> every <see cref="CertificateReminderOptions.ReminderInterval"/>, on the one
/// instance holding the job's lease.
/// </summary>
internal sealed class CertificateReminderWatcher(
    IServiceScopeFactory scopes,
    InstanceIdentity instance,
    TimeProvider clock,
    IOptions<CertificateReminderOptions> options,
    ILogger<CertificateReminderWatcher> logger)
    : LeasedRound<VendorsDbContext>(scopes, instance, clock, logger)
{
    public const string Job = "certificate-reminders";

    protected override string JobName => Job;

    protected override TimeSpan Interval => options.Value.ReminderInterval;

    protected override Task RunAsync(ISender sender, CancellationToken cancellationToken) =>
        sender.Send(new RemindExpiringCertificatesCommand(), cancellationToken).AsTask();
}
