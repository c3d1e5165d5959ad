using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>"Notify me": a signed-in buyer asks to be mailed when a coming window opens. Asking twice is the same alert.</summary>
internal sealed record AskPreorderAlertCommand(Guid WindowId, UserId UserId, string Email, string Culture)
    : ICommand<Result<PreorderAlertView>>, IRunsIn<OrderingTransaction>;

/// <summary>The buyer no longer wants the mail (nothing happens when there was no alert).</summary>
internal sealed record DropPreorderAlertCommand(Guid WindowId, UserId UserId) : ICommand<Result<Done>>, IRunsIn<OrderingTransaction>;

internal sealed record PreorderAlertView(Guid WindowId, DateOnly OpensOn, DateTimeOffset AskedAt);

/// <summary>The coming windows a buyer waits to hear of (alerts not yet mailed).</summary>
internal sealed record ListMyPreorderAlertsQuery(UserId UserId) : IQuery<IReadOnlyList<Guid>>;

/// <summary>Mails the alerts of every window that has opened, once each: what the watcher runs.</summary>
internal sealed record SendPreorderAlertsCommand : ICommand<int>, IRunsIn<OrderingTransaction>;

/// <summary>These alerts of a window that has opened are due: their mails go out (through the outbox, after the alerts are marked).</summary>
internal sealed record PreorderAlertsDue(Guid EventId, DateTimeOffset OccurredAt, Guid WindowId, IReadOnlyList<Guid> AlertIds) : IIntegrationEvent;

internal sealed class PreorderAlertsHandler(OrderingDbContext db, TimeProvider clock)
    : ICommandHandler<AskPreorderAlertCommand, Result<PreorderAlertView>>,
      ICommandHandler<DropPreorderAlertCommand, Result<Done>>,
      IQueryHandler<ListMyPreorderAlertsQuery, IReadOnlyList<Guid>>,
      ICommandHandler<SendPreorderAlertsCommand, int>
{
    private const int BatchSize = 500;

    public async ValueTask<Result<PreorderAlertView>> Handle(AskPreorderAlertCommand command, CancellationToken cancellationToken)
    {
        var window = await db.PreorderWindows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == command.WindowId, cancellationToken);
        if (window is null || window.Status != WindowStatus.Open)
        {
            return PreorderErrors.NotFound();
        }

        var today = clock.Today();
        if (window.OpensOn <= today)
        {
            return Error.Conflict("preorder.already_open", window.ClosesOn >= today
                ? Bilingual.Pick("Đợt đặt trước này đã mở: bạn có thể đặt ngay.", "This pre-order is open: you can reserve now.")
                : Bilingual.Pick("Đợt đặt trước này đã đóng.", "This pre-order has closed."));
        }

        var user = command.UserId;
        var alert = await db.PreorderAlerts.SingleOrDefaultAsync(a => a.WindowId == window.Id && a.UserId == user, cancellationToken);
        if (alert is null)
        {
            alert = new PreorderAlert(window.Id, user, command.Email.Trim(), command.Culture, clock.GetUtcNow());
            db.PreorderAlerts.Add(alert);
        }

        return new PreorderAlertView(window.Id, window.OpensOn, alert.CreatedAt);
    }

    public async ValueTask<Result<Done>> Handle(DropPreorderAlertCommand command, CancellationToken cancellationToken)
    {
        var user = command.UserId;
        await db.PreorderAlerts.Where(a => a.WindowId == command.WindowId && a.UserId == user && a.SentAt == null).ExecuteDeleteAsync(cancellationToken);
        return Done.Value;
    }

    public async ValueTask<IReadOnlyList<Guid>> Handle(ListMyPreorderAlertsQuery query, CancellationToken cancellationToken)
    {
        var user = query.UserId;
        return await db.PreorderAlerts.AsNoTracking().Where(a => a.UserId == user && a.SentAt == null).Select(a => a.WindowId).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The alerts of windows open today, marked sent and handed to the mail handler in the same
    /// save, a notice per window; those of a window called off or already closed again are marked
    /// without a word. Whichever instance runs it and however often, each alert is mailed once.
    /// </summary>
    public async ValueTask<int> Handle(SendPreorderAlertsCommand command, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow();
        var due = await db.PreorderAlerts
            .Where(a => a.SentAt == null)
            .Join(db.PreorderWindows, a => a.WindowId, w => w.Id, (a, w) => new { Alert = a, w.Status, w.OpensOn, w.ClosesOn })
            .Where(x => x.Status != WindowStatus.Open || x.OpensOn <= today)
            .OrderBy(x => x.Alert.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var x in due)
        {
            x.Alert.Sent(now);
        }

        var told = due.Where(x => x.Status == WindowStatus.Open && x.ClosesOn >= today).ToList();
        foreach (var window in told.GroupBy(x => x.Alert.WindowId))
        {
            db.AddIntegrationEvent(new PreorderAlertsDue(Guid.NewGuid(), now, window.Key, [.. window.Select(x => x.Alert.Id)]));
        }

        return told.Count;
    }
}

/// <summary>Each buyer who asked is mailed that the window is open, in the language they asked in, with the link to reserve.</summary>
internal sealed class PreorderAlertMailsHandler(OrderingDbContext db, IMailSender mail, PublicSite site, TimeProvider clock)
    : INotificationHandler<PreorderAlertsDue>
{
    private const string Handler = "ordering.preorder-alerts";

    public async ValueTask Handle(PreorderAlertsDue notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, Handler, clock, async () =>
        {
            var window = await db.PreorderWindows.AsNoTracking().SingleAsync(w => w.Id == notification.WindowId, cancellationToken);
            var alerts = await db.PreorderAlerts.AsNoTracking().Where(a => notification.AlertIds.Contains(a.Id)).ToListAsync(cancellationToken);
            var link = site.Link($"/preorders/{window.Id}");
            foreach (var alert in alerts)
            {
                var culture = CultureInfo.GetCultureInfo(alert.Culture);
                var (product, vendor, closes, price) = (window.ProductName, window.VendorName, window.ClosesOn, Money.Dong(window.PriceVnd).Format(culture));
                var subject = Bilingual.Pick(alert.Culture, $"Đã mở đặt trước: {product}", $"Pre-orders are open: {product}");
                var body = Bilingual.Pick(
                    alert.Culture,
                    $"{vendor} đã mở đặt trước {product} (lô {window.LotCode}), {price} mỗi {window.Unit}, đến hết ngày {closes:dd/MM/yyyy}, "
                        + $"thu hoạch dự kiến {window.HarvestOn:dd/MM/yyyy}.\nĐặt ngay: {link}",
                    $"{vendor} opened pre-orders of {product} (lot {window.LotCode}), {price} per {window.Unit}, until {closes:yyyy-MM-dd}, "
                        + $"harvest expected {window.HarvestOn:yyyy-MM-dd}.\nReserve now: {link}");
                var id = OutgoingMail.IdFor(notification.EventId, Handler, alert.Id.ToString());
                await mail.SendAsync(new OutgoingMail(alert.Email, alert.Email, subject, body, id), cancellationToken);
            }
        }, cancellationToken);
}

internal sealed class PreorderOptions
{
    public const string Section = "Preorders";

    /// <summary>How often the opened windows' alerts are looked for: a window opens on a day, so a quarter of an hour is soon enough.</summary>
    public TimeSpan AlertInterval { get; set; } = TimeSpan.FromMinutes(15);
}

/// <summary>
/// Runs <see cref="SendPreorderAlertsCommand"/> every <see cref="PreorderOptions.AlertInterval"/>, on the one instance holding
/// the job's lease.
/// </summary>
internal sealed class PreorderAlertWatcher(
    IServiceScopeFactory scopes, InstanceIdentity instance, TimeProvider clock, IOptions<PreorderOptions> options, ILogger<PreorderAlertWatcher> logger)
    : LeasedRound<OrderingDbContext>(scopes, instance, clock, logger)
{
    public const string Job = "preorder-alerts";

    protected override string JobName => Job;

    protected override TimeSpan Interval => options.Value.AlertInterval;

    protected override Task RunAsync(ISender sender, CancellationToken cancellationToken) =>
        sender.Send(new SendPreorderAlertsCommand(), cancellationToken).AsTask();
}
