using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// A buyer's side: reserving holds units of the window with one UPDATE … WHERE reserved +
/// quantity &lt;= capacity, so the database checks and takes in one step and no number of buyers
/// at once can hold more than the capacity (on SQLite the transaction holds the write lock
/// from its start; on PostgreSQL the row lock makes the second UPDATE re-read the first's
/// count). The reservation is saved in the same transaction, so units are never held without one.
/// </summary>
internal sealed class ReserveHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<ReserveCommand, Result<ReservationView>>,
      ICommandHandler<CancelReservationCommand, Result<ReservationView>>
{
    public async ValueTask<Result<ReservationView>> Handle(ReserveCommand command, CancellationToken cancellationToken)
    {
        var window = await db.PreorderWindows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == command.WindowId, cancellationToken);
        if (window is null)
        {
            return PreorderErrors.NotFound();
        }

        if (!window.TakesReservations(clock.Today()))
        {
            return NotTaking(window);
        }

        // A cooperative suspended or paused, a product taken off sale: nothing more is promised from it.
        var variant = (await sender.Send(new GetProductsForCheckoutQuery([window.VariantId]), cancellationToken)).SingleOrDefault();
        if (variant is not { Purchasable: true })
        {
            return Error.Conflict("preorder.not_on_sale", Bilingual.Pick(
                $"{window.ProductName} hiện không được bán trên sàn: chưa thể đặt trước.", $"{window.ProductName} is not on sale now: it cannot be reserved."));
        }

        var quantity = command.Quantity;
        var version = Guid.NewGuid();
        var held = await db.PreorderWindows
            .Where(w => w.Id == window.Id && w.Status == WindowStatus.Open && w.Reserved + quantity <= w.Capacity)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.Reserved, w => w.Reserved + quantity).SetProperty(w => w.Version, version), cancellationToken);
        var waitlisted = false;
        if (held == 0)
        {
            var current = await db.PreorderWindows.Where(w => w.Id == window.Id).Select(w => new { Left = w.Capacity - w.Reserved, w.Status })
                .SingleAsync(cancellationToken);
            if (current.Status != WindowStatus.Open)
            {
                return NotTaking(window); // harvested or called off a moment ago
            }

            if (!command.Waitlist)
            {
                var left = current.Left;
                var culture = CultureInfo.CurrentCulture;
                var units = $"{Math.Max(0, left).ToString("N0", culture)} ({window.Unit})";
                return Error.Conflict("preorder.capacity", Bilingual.Pick(
                    $"Chỉ còn {units} để đặt trước: hãy đặt ít hơn, hoặc chờ trong danh sách nếu vụ thu hoạch nhiều hơn.",
                    $"Only {units} left to reserve: reserve fewer, or wait on the list in case the harvest is larger."));
            }

            // The list holds nothing, so it is bounded only to keep its count an honest number.
            waitlisted = await db.PreorderWindows
                .Where(w => w.Id == window.Id && w.Status == WindowStatus.Open && w.Waitlisted + quantity <= PreorderWindow.MaxUnits)
                .ExecuteUpdateAsync(
                    set => set.SetProperty(w => w.Waitlisted, w => w.Waitlisted + quantity).SetProperty(w => w.Version, version), cancellationToken) > 0;
            if (!waitlisted)
            {
                return Error.Conflict("preorder.waitlist_full", Bilingual.Pick(
                    "Danh sách chờ của đợt đặt trước này đã đầy.", "The waiting list of this pre-order is full."));
            }
        }

        // One buyer's reservations of a window are few (a family's, a shop's several deliveries): a script making
        // thousands would fill the waiting list and the harvest's mails. Counted after the window's row is updated, which
        // holds its lock to the commit, so reservations of the window made at the same moment are counted one after another;
        // over the limit, the failure rolls the update back.
        var buyer = command.BuyerId;
        if (await db.Reservations.CountAsync(
                r => r.WindowId == window.Id && r.BuyerId == buyer && (r.Status == ReservationStatus.Held || r.Status == ReservationStatus.Waitlisted),
                cancellationToken) >= PreorderWindow.MaxOpenReservationsPerBuyer)
        {
            return Error.Rule("preorder.too_many_reservations", Bilingual.Pick(
                $"Bạn đã có {PreorderWindow.MaxOpenReservationsPerBuyer} lượt đặt trước đang chờ ở đợt này: "
                    + "hãy rút bớt một lượt, hoặc đặt số lượng lớn hơn trong một lượt.",
                $"You already have {PreorderWindow.MaxOpenReservationsPerBuyer} open reservations of this window: withdraw one, or reserve more in one."));
        }

        var reservation = new Reservation(window, command.BuyerId, command.BuyerEmail.Trim(), command.Culture, quantity, waitlisted, clock.GetUtcNow());
        db.Reservations.Add(reservation);
        db.PagesChanged([ShopPages.ProductTag(window.ProductId.Value)]); // no change tracker sees the UPDATE
        return PreorderViews.Reservation(reservation, window);
    }

    public async ValueTask<Result<ReservationView>> Handle(CancelReservationCommand command, CancellationToken cancellationToken)
    {
        var buyer = command.BuyerId;
        var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.Id == command.ReservationId && r.BuyerId == buyer, cancellationToken);
        if (reservation is null)
        {
            return PreorderErrors.ReservationNotFound();
        }

        var wasHeld = reservation.Status == ReservationStatus.Held;
        var now = clock.GetUtcNow();
        var cancelled = reservation.Cancel(now);
        if (!cancelled.IsSuccess)
        {
            return cancelled.Error!;
        }

        // Only while the window is open: after the harvest the reservation is settled (above), so
        // its units are not given back twice.
        var quantity = reservation.Quantity;
        var version = Guid.NewGuid();
        var windows = db.PreorderWindows.Where(w => w.Id == reservation.WindowId && w.Status == WindowStatus.Open);
        var released = wasHeld
            ? await windows.ExecuteUpdateAsync(
                set => set.SetProperty(w => w.Reserved, w => w.Reserved - quantity).SetProperty(w => w.Version, version), cancellationToken)
            : await windows.ExecuteUpdateAsync(
                set => set.SetProperty(w => w.Waitlisted, w => w.Waitlisted - quantity).SetProperty(w => w.Version, version), cancellationToken);
        var window = await db.PreorderWindows.AsNoTracking().SingleAsync(w => w.Id == reservation.WindowId, cancellationToken);
        if (released == 0)
        {
            return Error.Conflict("reservation.settled", Bilingual.Pick(
                $"Đợt đặt trước của {reservation.Number} vừa được chốt hoặc hủy.", $"The pre-order of {reservation.Number} was just settled or called off."));
        }

        db.DepositChanged(reservation, window.VendorName, now);
        db.PagesChanged([ShopPages.ProductTag(window.ProductId.Value)]);
        return PreorderViews.Reservation(reservation, window);
    }

    private static Error NotTaking(PreorderWindow window) => Error.Conflict("preorder.not_open", Bilingual.Pick(
        $"Đợt đặt trước {window.LotCode} không nhận đặt hôm nay (mở từ {window.OpensOn:dd/MM/yyyy} đến {window.ClosesOn:dd/MM/yyyy}).",
        $"Pre-order {window.LotCode} takes no reservations today (open from {window.OpensOn:yyyy-MM-dd} to {window.ClosesOn:yyyy-MM-dd})."));
}
