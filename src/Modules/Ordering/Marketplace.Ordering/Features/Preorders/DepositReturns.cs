using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// A reservation owing some of its deposit back: the deposit of units the harvest cut, of a
/// withdrawal, of a window called off, or a card paid beyond the deposit. <see cref="ToCard"/> is
/// what of it can go back to the card it came by; <see cref="Pending"/>, a card return Stripe has
/// not confirmed yet (asking again finishes it).
/// </summary>
internal sealed record DepositReturnView(
    Guid ReservationId, string Number, string BuyerEmail, string VendorName, string ProductName, Money ToReturn, Money Returned, Money ToCard,
    Money Pending)
{
    public bool ByCard => ToCard.Amount > 0 || Pending.Amount > 0;
}

/// <summary>One page of the deposits owed back, the oldest reservations first.</summary>
internal sealed record DepositReturnsPage(IReadOnlyList<DepositReturnView> Items, int Total, int Page, int PageSize);

/// <summary>What the alliance still owes buyers of their deposits, and the card returns Stripe has not confirmed.</summary>
internal sealed record ListDepositReturnsQuery(int Page = 1) : IQuery<DepositReturnsPage>
{
    public const int PageSize = 50;
}

/// <summary>The alliance returns what a reservation is owed back: to the card(s) it came by, or by a transfer it records.</summary>
internal sealed record ReturnDepositCommand(Guid ReservationId, string ActorEmail, DepositReturnMethod Method)
    : IRequest<Result<DepositReturnView>>, IOwnsTransaction<OrderingTransaction>;

/// <summary>
/// Deposits owed back, returned. A card return is counted and saved as pending first (the
/// reservation's version lets one of two admins' clicks win), then asked of Stripe under the
/// pending row's id: Stripe's answer marks it done, a refusal gives it back to be returned another
/// way, and no answer leaves it pending, so that asking again sends the same refund, never a
/// second one, and nothing meanwhile can record it as transferred.
/// </summary>
internal sealed partial class DepositReturnsHandler(OrderingDbContext db, ISender sender, TimeProvider clock, ILogger<DepositReturnsHandler> logger)
    : IQueryHandler<ListDepositReturnsQuery, DepositReturnsPage>,
      IRequestHandler<ReturnDepositCommand, Result<DepositReturnView>>
{
    public async ValueTask<DepositReturnsPage> Handle(ListDepositReturnsQuery query, CancellationToken cancellationToken)
    {
        var page = Math.Clamp(query.Page, 1, 100_000); // a page beyond any list is empty, never an overflow
        var pending = db.DepositReturns.Where(d => d.Pending).Select(d => d.ReservationId);
        var owing = db.Reservations.AsNoTracking().Where(r => r.DepositToReturnVnd > 0 || pending.Contains(r.Id));
        var total = await owing.CountAsync(cancellationToken);
        var reservations = await owing.OrderBy(r => r.ReservedAt).ThenBy(r => r.Number)
            .Skip((page - 1) * ListDepositReturnsQuery.PageSize).Take(ListDepositReturnsQuery.PageSize)
            .ToListAsync(cancellationToken);
        var ids = reservations.Select(r => r.Id).ToList();
        var pendingOf = await PendingAsync(ids, cancellationToken);
        var windowIds = reservations.Select(r => r.WindowId).Distinct().ToList();
        var windows = await db.PreorderWindows.AsNoTracking().Where(w => windowIds.Contains(w.Id))
            .ToDictionaryAsync(w => w.Id, w => (w.VendorName, w.ProductName), cancellationToken);
        var items = reservations.Select(r => View(r, windows[r.WindowId], pendingOf.GetValueOrDefault(r.Id))).ToList();
        return new DepositReturnsPage(items, total, page, ListDepositReturnsQuery.PageSize);
    }

    public async ValueTask<Result<DepositReturnView>> Handle(ReturnDepositCommand command, CancellationToken cancellationToken)
    {
        var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.Id == command.ReservationId, cancellationToken);
        if (reservation is null)
        {
            return PreorderErrors.ReservationNotFound();
        }

        var now = clock.GetUtcNow();
        var pending = await db.DepositReturns.Where(d => d.ReservationId == reservation.Id && d.Pending).ToListAsync(cancellationToken);
        if (pending.Count > 0 && command.Method == DepositReturnMethod.Transfer)
        {
            return Error.Conflict("deposit.card_return_pending", Bilingual.Pick(
                $"Đang chờ Stripe xác nhận khoản hoàn về thẻ của {reservation.Number}: hãy bấm hoàn về thẻ lần nữa để hoàn tất.",
                $"A card return of {reservation.Number} awaits Stripe's answer: return to the card again to finish it."));
        }

        var askedBefore = pending.Count > 0;
        if (!askedBefore)
        {
            var transferred = 0L;
            if (command.Method == DepositReturnMethod.Card)
            {
                var portions = reservation.TakeCardReturn();
                if (!portions.IsSuccess)
                {
                    return portions.Error!;
                }

                pending = [.. portions.Value.Select(p =>
                    new DepositReturn(reservation, DepositReturnMethod.Card, p.AmountVnd, p.Card.PaymentIntentId, command.ActorEmail, now))];
                db.DepositReturns.AddRange(pending);
            }
            else
            {
                var returned = reservation.ReturnedByTransfer();
                if (!returned.IsSuccess)
                {
                    return returned.Error!;
                }

                transferred = returned.Value;
                db.DepositReturns.Add(new DepositReturn(reservation, DepositReturnMethod.Transfer, transferred, null, command.ActorEmail, now));
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another admin returned it (or a transfer was counted) at that moment: what is owed now is on the list.
                return Changed(reservation);
            }

            if (transferred > 0)
            {
                await AuditAsync(command.ActorEmail, reservation, transferred, command.Method, cancellationToken);
            }
        }

        var failed = await RefundAsync(reservation, pending, command.ActorEmail, askedBefore, cancellationToken);
        return failed is null ? await ViewAsync(reservation, cancellationToken) : failed;
    }

    /// <summary>Asks Stripe for each pending card return; the first that fails is the answer, after what was settled is saved.</summary>
    private async Task<Error?> RefundAsync(
        Reservation reservation, List<DepositReturn> pending, string actor, bool askedBefore, CancellationToken cancellationToken)
    {
        Error? failed = null;
        foreach (var card in pending)
        {
            var refunded = await sender.Send(new RefundDepositCardCommand(card.PaymentIntentId!, card.AmountVnd, card.Id, askedBefore), cancellationToken);
            if (refunded.IsSuccess)
            {
                card.Refunded(refunded.Value);
                await AuditAsync(actor, reservation, card.AmountVnd, DepositReturnMethod.Card, cancellationToken);
            }
            else if (refunded.Error!.Code == "payment.stripe_refused")
            {
                // Stripe will not take it back to this card (a definite refusal: an idempotency clash or a rate limit answers
                // "unavailable", and leaves it pending): owed again, the alliance transfers it.
                reservation.UndoCardReturn(card.PaymentIntentId!, card.AmountVnd);
                db.DepositReturns.Remove(card);
                failed ??= refunded.Error;
            }
            else
            {
                LogCardReturnPending(logger, reservation.Number, card.Id, refunded.Error.Code);
                failed ??= Error.Unavailable("deposit.card_return_pending", Bilingual.Pick(
                    $"Stripe chưa trả lời: khoản hoàn về thẻ của {reservation.Number} đang chờ. Hãy thử lại sau ít phút; sẽ không hoàn hai lần.",
                    $"Stripe did not answer: the card return of {reservation.Number} is pending. Try again in a few minutes; it will not be paid twice."));
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The reservation changed while Stripe was asked (a transfer counted): Stripe's answer stands under its key; asked again, it is read anew.
            return Changed(reservation);
        }

        return failed;
    }

    private static Error Changed(Reservation reservation) => Error.Conflict("deposit.changed", Bilingual.Pick(
        $"{reservation.Number} vừa thay đổi: hãy xem lại danh sách rồi thử lại.", $"{reservation.Number} changed meanwhile: look again, then retry."));

    private async Task AuditAsync(
        string actor, Reservation reservation, long amountVnd, DepositReturnMethod method, CancellationToken cancellationToken) =>
        await sender.RecordAsync(
            actor, "Refunded", "Reservation", reservation.Id, reservation.Number,
            $"{Money.Dong(amountVnd).Format(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} ({method})", cancellationToken);

    private async Task<DepositReturnView> ViewAsync(Reservation reservation, CancellationToken cancellationToken)
    {
        var window = await db.PreorderWindows.AsNoTracking().Where(w => w.Id == reservation.WindowId)
            .Select(w => new { w.VendorName, w.ProductName }).SingleAsync(cancellationToken);
        var pending = await PendingAsync([reservation.Id], cancellationToken);
        return View(reservation, (window.VendorName, window.ProductName), pending.GetValueOrDefault(reservation.Id));
    }

    private async Task<Dictionary<Guid, long>> PendingAsync(List<Guid> reservationIds, CancellationToken cancellationToken) =>
        await db.DepositReturns.AsNoTracking().Where(d => d.Pending && reservationIds.Contains(d.ReservationId))
            .GroupBy(d => d.ReservationId).Select(g => new { g.Key, Amount = g.Sum(d => d.AmountVnd) })
            .ToDictionaryAsync(g => g.Key, g => g.Amount, cancellationToken);

    private static DepositReturnView View(Reservation r, (string VendorName, string ProductName) w, long pendingVnd) => new(
        r.Id, r.Number, r.BuyerEmail, w.VendorName, w.ProductName, Money.Dong(r.DepositToReturnVnd), Money.Dong(r.DepositReturnedVnd - pendingVnd),
        Money.Dong(r.DepositToCardsVnd), Money.Dong(pendingVnd));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The card return {ReturnId} of {Number} is pending: Stripe answered {Code}")]
    private static partial void LogCardReturnPending(ILogger logger, string number, Guid returnId, string code);
}
