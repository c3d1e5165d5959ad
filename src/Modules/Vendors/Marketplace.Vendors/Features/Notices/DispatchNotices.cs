using Marketplace.SharedKernel.Notices;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Vendors.Features.Notices;

internal sealed class NoticeOptions
{
    public const string Section = "Notices";

    /// <summary>How often the deliveries due are sent.</summary>
    public TimeSpan DispatchInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a provider that keeps failing is given up on and the person is told.</summary>
    public int MaxAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; each next one waits twice as long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; set; } = 20;

    /// <summary>How long a delivery taken for sending is left to its dispatcher before another may take it.</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>
/// Sends the notices due to their phone channels: each delivery once it is due and outside its
/// person's quiet hours, retried while the provider is briefly unable, given up on when it
/// refuses the message or has failed <see cref="NoticeOptions.MaxAttempts"/> times; then the
/// person is told in the notification centre and the failure is logged. Each delivery is saved
/// as soon as it is sent, so a stop in the middle of a batch sends nothing twice that the
/// provider did not refuse as a duplicate. The handler owns its transaction: a provider's call
/// is never made inside one.
/// </summary>
internal sealed record DispatchNoticesCommand : IRequest<int>, IOwnsTransaction<VendorsTransaction>;

internal sealed partial class DispatchNoticesHandler(
    VendorsDbContext db, IEnumerable<INoticeSender> senders, TimeProvider clock, IOptions<NoticeOptions> options, ILogger<DispatchNoticesHandler> logger)
    : IRequestHandler<DispatchNoticesCommand, int>
{
    public async ValueTask<int> Handle(DispatchNoticesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.NoticeDeliveries
            .Where(d => d.Status == DeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        var people = due.Select(d => d.UserId).Distinct().ToList();
        var settings = await db.NoticeSettings.AsNoTracking().Where(s => people.Contains(s.UserId)).ToDictionaryAsync(s => s.UserId, cancellationToken);
        var noticeIds = due.Select(d => d.NoticeId).Distinct().ToList();
        var notices = await db.Notices.AsNoTracking().Where(n => noticeIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
        var cooperativeIds = notices.Values.Select(n => n.CooperativeId).Distinct().ToList();
        var cultures = await db.Cooperatives.AsNoTracking().Where(c => cooperativeIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Culture, cancellationToken);
        var sent = 0;
        foreach (var delivery in due)
        {
            var local = now.InVietnam().DateTime;
            var chosen = settings.GetValueOrDefault(delivery.UserId);
            if (chosen is null || !chosen.Channels.Contains(delivery.Channel) || chosen.Phone != delivery.Phone)
            {
                delivery.Withdraw("The person turned this channel off or changed the number.");
                await SaveAsync(delivery, cancellationToken);
                continue;
            }

            if (chosen.SendableFrom(local) is var from && from > local)
            {
                delivery.Wait(new DateTimeOffset(from, VietnamTime.Offset).ToUniversalTime()); // PostgreSQL keeps instants in UTC
                await SaveAsync(delivery, cancellationToken);
                continue;
            }

            delivery.Claim(clock.GetUtcNow() + options.Value.ClaimFor);
            if (!await SaveAsync(delivery, cancellationToken))
            {
                continue; // another instance has it
            }

            var notice = notices[delivery.NoticeId];
            var outcome = await SendAsync(delivery, notice, cancellationToken);
            delivery.Record(outcome, clock.GetUtcNow(), options.Value.MaxAttempts, options.Value.RetryDelay);
            Notice? failure = null;
            if (delivery.Status == DeliveryStatus.Failed)
            {
                LogGivenUp(logger, delivery.Channel, delivery.Id, delivery.Attempts, delivery.LastError);
                failure = FailureNotice(notice, delivery, cultures.GetValueOrDefault(notice.CooperativeId, Cultures.Vietnamese));
                db.Notices.Add(failure);
            }

            sent += outcome is SendOutcome.Sent ? 1 : 0;
            if (!await SaveAsync(delivery, cancellationToken) && failure is not null)
            {
                db.Entry(failure).State = EntityState.Detached;
            }
        }

        return sent;
    }

    /// <summary>Saves the delivery; false when a delivery report or another instance changed it since it was read (it is left as they made it).</summary>
    private async Task<bool> SaveAsync(NoticeDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State != EntityState.Unchanged).ToList())
            {
                entry.State = EntityState.Detached;
            }

            db.Entry(delivery).State = EntityState.Detached;
            return false;
        }
    }

    private async Task<SendOutcome> SendAsync(NoticeDelivery delivery, Notice notice, CancellationToken cancellationToken)
    {
        if (senders.FirstOrDefault(s => s.Channel == delivery.Channel) is not { } sender)
        {
            return new SendOutcome.Rejected($"No {delivery.Channel} provider is configured.");
        }

        try
        {
            return await sender.SendAsync(new TextNotice(delivery.Phone, notice.Title, notice.Detail, delivery.Id.ToString("N")), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Whatever went wrong (the network, an answer of an unexpected shape, the token cache),
            // the attempt counts: a delivery is never tried again and again without end.
            LogAttemptFailed(logger, ex, delivery.Channel, delivery.Id);
            return new SendOutcome.Retry($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>In the language of the notice it failed to send: the cooperative's.</summary>
    private Notice FailureNotice(Notice notice, NoticeDelivery delivery, string culture)
    {
        var channel = delivery.Channel == NoticeChannel.Zalo ? "Zalo" : "SMS";
        return new Notice(
            Guid.NewGuid(), notice.CooperativeId, notice.UserId, "delivery-failed",
            Bilingual.Pick(culture, $"Không gửi được tin {channel} đến {delivery.Phone}", $"Could not send the {channel} message to {delivery.Phone}"),
            $"{notice.Title}: {delivery.LastError}",
            "/notices",
            clock.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notice delivery {DeliveryId} by {Channel}: the attempt failed")]
    private static partial void LogAttemptFailed(ILogger logger, Exception exception, NoticeChannel channel, Guid deliveryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Notice delivery {DeliveryId} by {Channel} given up after {Attempts} attempts: {Error}")]
    private static partial void LogGivenUp(ILogger logger, NoticeChannel channel, Guid deliveryId, int attempts, string? error);
}

/// <summary>
/// Runs <see cref="DispatchNoticesCommand"/> every <see cref="NoticeOptions.DispatchInterval"/>, on the one instance holding
/// the job's lease.
/// </summary>
internal sealed class NoticeDispatcher(
    IServiceScopeFactory scopes, InstanceIdentity instance, TimeProvider clock, IOptions<NoticeOptions> options, ILogger<NoticeDispatcher> logger)
    : LeasedRound<VendorsDbContext>(scopes, instance, clock, logger)
{
    public const string Job = "notice-deliveries";

    protected override string JobName => Job;

    protected override TimeSpan Interval => options.Value.DispatchInterval;

    protected override Task RunAsync(ISender sender, CancellationToken cancellationToken) =>
        sender.Send(new DispatchNoticesCommand(), cancellationToken).AsTask();
}
