using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Preorders;

internal sealed class PreorderQueriesHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : IQueryHandler<ListVendorPreordersQuery, Result<IReadOnlyList<PreorderWindowView>>>,
      IQueryHandler<GetVendorPreorderQuery, Result<PreorderWindowDetails>>,
      IQueryHandler<ListOpenPreordersQuery, IReadOnlyList<PreorderWindowView>>,
      IQueryHandler<ListMyReservationsQuery, IReadOnlyList<ReservationView>>,
      IQueryHandler<GetPreorderQuery, Result<PreorderWindowView>>
{
    /// <summary>A buyer's list and the public ones stop there: enough for any season.</summary>
    private const int MaxListed = 500;

    public async ValueTask<Result<IReadOnlyList<PreorderWindowView>>> Handle(ListVendorPreordersQuery query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        var windows = await db.PreorderWindows.AsNoTracking().Where(w => w.CooperativeId == query.CooperativeId).ToListAsync(cancellationToken);
        var today = clock.Today();
        return windows.OrderByDescending(w => w.HarvestOn).ThenBy(w => w.LotCode, StringComparer.Ordinal)
            .Select(w => PreorderViews.Window(w, today)).ToList();
    }

    public async ValueTask<Result<PreorderWindowDetails>> Handle(GetVendorPreorderQuery query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return PreorderErrors.NotFound();
        }

        var window = await db.PreorderWindows.AsNoTracking()
            .SingleOrDefaultAsync(w => w.Id == query.WindowId && w.CooperativeId == query.CooperativeId, cancellationToken);
        if (window is null)
        {
            return PreorderErrors.NotFound();
        }

        var reservations = await db.Reservations.AsNoTracking().Where(r => r.WindowId == window.Id).ToListAsync(cancellationToken);
        return new PreorderWindowDetails(
            PreorderViews.Window(window, clock.Today()),
            reservations.OrderBy(r => r.ReservedAt).ThenBy(r => r.Number, StringComparer.Ordinal).Select(r => PreorderViews.Reservation(r, window)).ToList());
    }

    public async ValueTask<IReadOnlyList<PreorderWindowView>> Handle(ListOpenPreordersQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var windows = db.PreorderWindows.AsNoTracking().Where(w => w.Status == WindowStatus.Open && w.ClosesOn >= today);
        if (query.ProductId is { } productId)
        {
            windows = windows.Where(w => w.ProductId == productId);
        }

        var found = await windows.OrderBy(w => w.HarvestOn).Take(MaxListed).ToListAsync(cancellationToken);
        return found.OrderBy(w => w.HarvestOn).ThenBy(w => w.ProductName, StringComparer.Ordinal).Select(w => PreorderViews.Window(w, today)).ToList();
    }

    public async ValueTask<Result<PreorderWindowView>> Handle(GetPreorderQuery query, CancellationToken cancellationToken)
    {
        var window = await db.PreorderWindows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == query.WindowId, cancellationToken);
        return window is null ? PreorderErrors.NotFound() : PreorderViews.Window(window, clock.Today());
    }

    public async ValueTask<IReadOnlyList<ReservationView>> Handle(ListMyReservationsQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var rows = await db.Reservations.AsNoTracking()
            .Where(r => r.BuyerId == buyer)
            .OrderByDescending(r => r.ReservedAt)
            .Take(MaxListed)
            .Join(db.PreorderWindows, r => r.WindowId, w => w.Id, (r, w) => new { Reservation = r, Window = w })
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Reservation.ReservedAt).Select(r => PreorderViews.Reservation(r.Reservation, r.Window)).ToList();
    }
}
