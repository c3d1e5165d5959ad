using FluentValidation;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Notices;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.Notices;

internal sealed record DeliveryView(
    NoticeChannel Channel, string Phone, DeliveryStatus Status, int Attempts, string? Error, DateTimeOffset? SentAt, DateTimeOffset? DeliveredAt);

internal sealed record NoticeView(
    Guid Id, string Kind, string Title, string Detail, string Link, DateTimeOffset CreatedAt, bool Read, IReadOnlyList<DeliveryView> Deliveries);

internal sealed record NoticeList(int Unread, IReadOnlyList<NoticeView> Notices);

/// <summary>A person's notification centre: the latest notices, unread first counted, with what was sent where.</summary>
internal sealed record ListNoticesQuery(UserId UserId, int Take = 50) : IQuery<NoticeList>;

/// <summary>The bell's number.</summary>
internal sealed record CountUnreadNoticesQuery(UserId UserId) : IQuery<int>;

internal sealed record MarkNoticesReadCommand(UserId UserId) : ICommand<int>, IRunsIn<VendorsTransaction>;

internal sealed record NoticeSettingsView(string? Phone, bool Zalo, bool Sms, TimeOnly? QuietFrom, TimeOnly? QuietUntil, IReadOnlyList<NoticeChannel> Offered);

internal sealed record GetNoticeSettingsQuery(UserId UserId) : IQuery<NoticeSettingsView>;

/// <summary>Where a person's notices go besides the centre; the phone is normalised to its national form.</summary>
internal sealed record ChangeNoticeSettingsCommand(UserId UserId, string? Phone, bool Zalo, bool Sms, TimeOnly? QuietFrom, TimeOnly? QuietUntil)
    : ICommand<Result<NoticeSettingsView>>, IRunsIn<VendorsTransaction>;

internal sealed class ChangeNoticeSettingsValidator : AbstractValidator<ChangeNoticeSettingsCommand>
{
    public ChangeNoticeSettingsValidator()
    {
        RuleFor(c => c.Phone)
            .Must(p => PhoneNumber.Normalize(p) is { Length: 10 })
            .When(c => !string.IsNullOrWhiteSpace(c.Phone) || c.Zalo || c.Sms)
            .WithMessage(_ => Bilingual.Pick(
                "Hãy nhập số di động Việt Nam (ví dụ 0912 345 678) để nhận tin Zalo hoặc SMS.",
                "Enter a Vietnamese mobile number (e.g. 0912 345 678) to get Zalo or SMS messages."));
        RuleFor(c => c.QuietUntil)
            .NotNull()
            .When(c => c.QuietFrom is not null)
            .WithMessage(_ => Bilingual.Pick("Giờ im lặng cần cả giờ bắt đầu và giờ kết thúc.", "Quiet hours need a start and an end."));
        RuleFor(c => c.QuietFrom)
            .NotNull()
            .When(c => c.QuietUntil is not null)
            .WithMessage(_ => Bilingual.Pick("Giờ im lặng cần cả giờ bắt đầu và giờ kết thúc.", "Quiet hours need a start and an end."));
    }
}

internal sealed class NoticesHandler(VendorsDbContext db, IEnumerable<INoticeSender> senders, TimeProvider clock)
    : IQueryHandler<ListNoticesQuery, NoticeList>,
      IQueryHandler<CountUnreadNoticesQuery, int>,
      ICommandHandler<MarkNoticesReadCommand, int>,
      IQueryHandler<GetNoticeSettingsQuery, NoticeSettingsView>,
      ICommandHandler<ChangeNoticeSettingsCommand, Result<NoticeSettingsView>>,
      ICommandHandler<RecordNoticeReportCommand, bool>
{
    public async ValueTask<NoticeList> Handle(ListNoticesQuery query, CancellationToken cancellationToken)
    {
        var notices = await db.Notices.AsNoTracking()
            .Where(n => n.UserId == query.UserId)
            .OrderByDescending(n => n.CreatedAt)
            .Take(query.Take)
            .ToListAsync(cancellationToken);
        var ids = notices.Select(n => n.Id).ToList();
        var deliveries = (await db.NoticeDeliveries.AsNoTracking().Where(d => ids.Contains(d.NoticeId)).ToListAsync(cancellationToken))
            .ToLookup(d => d.NoticeId);
        var unread = await Handle(new CountUnreadNoticesQuery(query.UserId), cancellationToken);
        return new NoticeList(unread, notices.Select(n => new NoticeView(
            n.Id, n.Kind, n.Title, n.Detail, n.Link, n.CreatedAt, n.ReadAt is not null,
            deliveries[n.Id].OrderBy(d => d.Channel).Select(d => new DeliveryView(
                d.Channel, d.Phone, d.Status, d.Attempts, d.LastError, d.SentAt, d.DeliveredAt)).ToList())).ToList());
    }

    public async ValueTask<int> Handle(CountUnreadNoticesQuery query, CancellationToken cancellationToken) =>
        await db.Notices.CountAsync(n => n.UserId == query.UserId && n.ReadAt == null, cancellationToken);

    public async ValueTask<int> Handle(MarkNoticesReadCommand command, CancellationToken cancellationToken)
    {
        var unread = await db.Notices.Where(n => n.UserId == command.UserId && n.ReadAt == null).ToListAsync(cancellationToken);
        foreach (var notice in unread)
        {
            notice.MarkRead(clock.GetUtcNow());
        }

        return unread.Count;
    }

    public async ValueTask<NoticeSettingsView> Handle(GetNoticeSettingsQuery query, CancellationToken cancellationToken) =>
        View(await db.NoticeSettings.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == query.UserId, cancellationToken) ?? new NoticeSettings(query.UserId));

    public async ValueTask<Result<NoticeSettingsView>> Handle(ChangeNoticeSettingsCommand command, CancellationToken cancellationToken)
    {
        var settings = await db.NoticeSettings.SingleOrDefaultAsync(s => s.UserId == command.UserId, cancellationToken);
        if (settings is null)
        {
            settings = new NoticeSettings(command.UserId);
            db.NoticeSettings.Add(settings);
        }

        var offered = senders.Select(s => s.Channel).ToHashSet();
        settings.Change(
            PhoneNumber.Normalize(command.Phone), command.Zalo && offered.Contains(NoticeChannel.Zalo), command.Sms && offered.Contains(NoticeChannel.Sms),
            command.QuietFrom, command.QuietUntil);
        return View(settings);
    }

    public async ValueTask<bool> Handle(RecordNoticeReportCommand command, CancellationToken cancellationToken)
    {
        var delivery = command.DeliveryId is { } id
            ? await db.NoticeDeliveries.SingleOrDefaultAsync(d => d.Id == id && d.Channel == command.Channel, cancellationToken)
            : await db.NoticeDeliveries.FirstOrDefaultAsync(
                d => d.Channel == command.Channel && d.ProviderMessageId == command.ProviderMessageId && command.ProviderMessageId != null, cancellationToken);
        delivery?.Report(command.Delivered, command.Error, clock.GetUtcNow());
        return delivery is not null;
    }

    private NoticeSettingsView View(NoticeSettings settings) =>
        new(settings.Phone, settings.Zalo, settings.Sms, settings.QuietFrom, settings.QuietUntil, senders.Select(s => s.Channel).Distinct().Order().ToList());
}
