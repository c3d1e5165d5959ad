using Marketplace.Payments.BankTransfer;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Payments.Features.Settling;

/// <summary>Requests to pay: read by the cooperative and the admins, raised and recorded by the admins.</summary>
internal sealed class PayInsHandler(PaymentsDbContext db, ISender sender, TimeProvider clock, IOptions<PaymentsOptions> options)
    : IQueryHandler<GetCooperativeDebtQuery, Result<CooperativeDebtView>>,
      IQueryHandler<GetPayInQrQuery, Result<byte[]>>,
      IQueryHandler<ListPayInsQuery, IReadOnlyList<PayInView>>,
      ICommandHandler<RequestPayInCommand, Result<PayInView>>,
      ICommandHandler<RecordPayInCommand, Result<PayInView>>
{
    public async ValueTask<Result<CooperativeDebtView>> Handle(GetCooperativeDebtQuery query, CancellationToken cancellationToken)
    {
        if (!query.ActorIsAdmin && await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        var owed = await OwedAsync(query.CooperativeId, cancellationToken);
        var requests = await db.PayIns.AsNoTracking().Where(r => r.CooperativeId == query.CooperativeId).ToListAsync(cancellationToken);
        var views = requests.OrderByDescending(r => r.CreatedAt).Select(r => Debts.View(r, r.Status == PayInStatus.Open ? owed : 0, options.Value)).ToList();
        return new CooperativeDebtView(
            query.CooperativeId, Money.Dong(owed), views.FirstOrDefault(v => v.Status == PayInStatus.Open), views);
    }

    public async ValueTask<Result<byte[]>> Handle(GetPayInQrQuery query, CancellationToken cancellationToken)
    {
        var debt = await Handle(new GetCooperativeDebtQuery(query.CooperativeId, query.ActorId, ActorIsAdmin: false), cancellationToken);
        if (!debt.IsSuccess)
        {
            return debt.Error!;
        }

        if (debt.Value.Open is not { } open)
        {
            return NothingAsked();
        }

        return VietQr.Png(open.VietQrPayload);
    }

    public async ValueTask<IReadOnlyList<PayInView>> Handle(ListPayInsQuery query, CancellationToken cancellationToken)
    {
        var requests = db.PayIns.AsNoTracking();
        if (query.Status is { } status)
        {
            requests = requests.Where(r => r.Status == status);
        }

        var list = await requests.ToListAsync(cancellationToken);
        var available = await Debts.AvailableAsync(db, null, null, cancellationToken);
        return list.OrderBy(r => r.Status).ThenByDescending(r => r.CreatedAt)
            .Select(r => Debts.View(r, r.Status == PayInStatus.Open ? -available.GetValueOrDefault(r.CooperativeId).Available : 0, options.Value))
            .ToList();
    }

    public async ValueTask<Result<PayInView>> Handle(RequestPayInCommand command, CancellationToken cancellationToken)
    {
        if (await db.PayIns.AnyAsync(r => r.CooperativeId == command.CooperativeId && r.Status == PayInStatus.Open, cancellationToken))
        {
            return Error.Conflict("payin.already_open", Bilingual.Pick(
                "Hợp tác xã đã có một yêu cầu nộp tiền đang chờ.", "The cooperative already has a request to pay waiting."));
        }

        var available = await Debts.AvailableAsync(db, command.CooperativeId, null, cancellationToken);
        if (!available.TryGetValue(command.CooperativeId, out var balance) || balance.Available >= 0)
        {
            return Error.Rule("payin.nothing_owed", Bilingual.Pick("Hợp tác xã không nợ Liên minh khoản nào.", "The cooperative owes the alliance nothing."));
        }

        var now = clock.GetUtcNow();
        var request = Debts.Ask(db, command.CooperativeId, balance.Name, -balance.Available, await MoneyRulesInForce.AtAsync(db, now, cancellationToken), now,
            command.ActorEmail);
        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.PayInRequested, "PayIn", request.Id, $"{request.VendorName} {request.Reference}",
            MoneyAudit.Dong(request.AmountVnd), cancellationToken);
        return Debts.View(request, request.AmountVnd, options.Value);
    }

    public async ValueTask<Result<PayInView>> Handle(RecordPayInCommand command, CancellationToken cancellationToken)
    {
        var request = await db.PayIns.SingleOrDefaultAsync(r => r.Id == command.PayInId, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        // Recorded by hand, each is a transfer of its own (the statement import keys each line instead).
        var key = $"payin:{request.Reference}:{Guid.NewGuid():N}";
        var refused = await Debts.ReceiveAsync(db, request, command.AmountVnd, key, clock.GetUtcNow(), cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.PayInRecorded, "PayIn", request.Id, $"{request.VendorName} {request.Reference}",
            MoneyAudit.Dong(command.AmountVnd), cancellationToken);
        return Debts.View(request, await OwedAsync(request.CooperativeId, cancellationToken), options.Value);
    }

    public static Error NotFound() => Error.NotFound("payin.not_found", Bilingual.Pick("Không tìm thấy yêu cầu nộp tiền.", "No such request to pay."));

    private static Error NothingAsked() =>
        Error.NotFound("payin.none_open", Bilingual.Pick(
            "Hợp tác xã không có yêu cầu nộp tiền nào đang chờ.", "The cooperative has no request to pay waiting."));

    private async Task<long> OwedAsync(CooperativeId cooperativeId, CancellationToken cancellationToken) =>
        Math.Max(0, -(await Debts.AvailableAsync(db, cooperativeId, null, cancellationToken)).GetValueOrDefault(cooperativeId).Available);
}

/// <summary>
/// One settling round: releases what delivered parts earned, asks for debts (over the limit at
/// once; any debt that stood on the settlement day, once that month), and moves each open request
/// on: settled once nothing is owed, a reminder every three days, sales paused past its date.
/// </summary>
internal sealed class SettleWithCooperativesHandler(PaymentsDbContext db, TimeProvider clock)
    : ICommandHandler<SettleWithCooperativesCommand, SettlingRound>
{
    public static readonly TimeSpan ReminderEvery = TimeSpan.FromDays(3);

    public async ValueTask<SettlingRound> Handle(SettleWithCooperativesCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var released = await Earnings.ReleaseDueAsync(db, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // the balances below count what was just released

        var rules = await MoneyRulesInForce.AtAsync(db, now, cancellationToken);

        // The open requests first, then the balances: a request settled by a transfer between the
        // two reads is then either still open here (and settling it again loses on its version) or
        // gone with its transfer already in the balance. Read the other way round, a balance from
        // before the transfer beside no open request asked the cooperative again for a debt it had
        // just paid (PostgreSQL reads each statement afresh).
        var open = await db.PayIns.Where(r => r.Status == PayInStatus.Open).ToListAsync(cancellationToken);
        var available = await Debts.AvailableAsync(db, null, null, cancellationToken);
        int reminded = 0, paused = 0, settled = 0;
        foreach (var request in open)
        {
            var owed = -available.GetValueOrDefault(request.CooperativeId).Available;
            if (owed <= 0)
            {
                Debts.Settle(db, request, now);
                settled++;
            }
            else if (now >= request.DueBy && !request.SalesPaused)
            {
                request.PauseSales();
                Debts.Notify(db, request, DebtNotice.SalesPaused, owed, now);
                paused++;
            }
            else if (!request.SalesPaused && now - request.LastReminderAt >= ReminderEvery)
            {
                request.Reminded(now);
                Debts.Notify(db, request, DebtNotice.Reminder, owed, now);
                reminded++;
            }
        }

        var settlementDay = SettlementMoment(now, rules.SettlementDay);
        var owedThen = now >= settlementDay ? await Debts.AvailableAsync(db, null, settlementDay, cancellationToken) : [];
        var askedSince = await db.PayIns.Where(r => r.CreatedAt >= settlementDay).Select(r => r.CooperativeId).Distinct().ToListAsync(cancellationToken);
        var stillOpen = open.Where(r => r.Status == PayInStatus.Open).Select(r => r.CooperativeId).ToHashSet();
        var requested = 0;
        foreach (var (cooperativeId, (balance, name)) in available.Where(a => a.Value.Available < 0 && !stillOpen.Contains(a.Key)))
        {
            var overLimit = -balance >= rules.DebtLimitVnd;
            var stoodOnSettlementDay = owedThen.GetValueOrDefault(cooperativeId).Available < 0 && !askedSince.Contains(cooperativeId);
            if (overLimit || stoodOnSettlementDay)
            {
                Debts.Ask(db, cooperativeId, name, -balance, rules, now, "system");
                requested++;
            }
        }

        return new SettlingRound(released, requested, reminded, paused, settled);
    }

    /// <summary>This month's settlement day at midnight in Vietnam, as an instant.</summary>
    private static DateTimeOffset SettlementMoment(DateTimeOffset now, int day)
    {
        var local = now.ToOffset(VietnamTime.Offset);
        return new DateTimeOffset(local.Year, local.Month, day, 0, 0, 0, VietnamTime.Offset);
    }
}
