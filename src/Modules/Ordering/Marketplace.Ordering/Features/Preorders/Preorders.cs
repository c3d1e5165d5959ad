using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// A pre-order window as buyers and its cooperative read it. <see cref="Phase"/> is what it is
/// today: "coming" (before it opens), "open", "closed" (waiting for the harvest), "harvested" or
/// "cancelled".
/// </summary>
internal sealed record PreorderWindowView(
    Guid WindowId,
    CooperativeId CooperativeId,
    string VendorName,
    string Province,
    ProductId ProductId,
    VariantId VariantId,
    string Sku,
    string ProductName,
    string Unit,
    int? GramsPerUnit,
    string LotCode,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    DateOnly HarvestOn,
    int Capacity,
    int Reserved,
    int Waitlisted,
    int Left,
    Money Price,
    int DepositPercent,
    string Rule,
    string Phase,
    int? Harvested,
    string? CancelReason);

/// <summary>A reservation as its buyer and the cooperative read it; money in đồng.</summary>
internal sealed record ReservationView(
    Guid ReservationId,
    string Number,
    Guid WindowId,
    string ProductName,
    string VendorName,
    string LotCode,
    DateOnly HarvestOn,
    string Unit,
    int Quantity,
    int? Allocated,
    Money Price,
    int DepositPercent,
    Money Deposit,
    Money DepositPaid,
    Money DepositOwed,
    Money DepositBack,
    Money DepositReturned,
    Money Balance,
    string Reference,
    string Status,
    DateTimeOffset ReservedAt,
    string BuyerEmail,
    OrderId? OrderId,
    bool AwaitsOrder);

/// <summary>A window with its reservations, earliest first: what its cooperative manages.</summary>
internal sealed record PreorderWindowDetails(PreorderWindowView Window, IReadOnlyList<ReservationView> Reservations);

/// <summary>The cooperative's people open a window on one of its variants.</summary>
internal sealed record OpenPreorderWindowCommand(
    CooperativeId CooperativeId,
    UserId ActorId,
    VariantId? VariantId,
    string LotCode,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    DateOnly HarvestOn,
    int Capacity,
    long PriceVnd,
    int DepositPercent,
    string Rule)
    : ICommand<Result<PreorderWindowView>>, IRunsIn<OrderingTransaction>;

/// <summary>
/// A signed-in buyer reserves units of a window. When fewer are left than asked, it is a 409
/// naming what is left, unless <see cref="Waitlist"/> asks to wait on the list for a larger harvest.
/// </summary>
internal sealed record ReserveCommand(Guid WindowId, UserId BuyerId, string BuyerEmail, string Culture, int Quantity, bool Waitlist)
    : ICommand<Result<ReservationView>>, IRunsIn<OrderingTransaction>;

/// <summary>The buyer withdraws a reservation before the harvest: its units go back to the window.</summary>
internal sealed record CancelReservationCommand(Guid ReservationId, UserId BuyerId) : ICommand<Result<ReservationView>>, IRunsIn<OrderingTransaction>;

/// <summary>The cooperative records what the harvest really gave; the reservations are confirmed or cut by the window's rule.</summary>
internal sealed record RecordHarvestCommand(CooperativeId CooperativeId, Guid WindowId, UserId ActorId, int Harvested)
    : ICommand<Result<PreorderWindowDetails>>, IRunsIn<OrderingTransaction>;

/// <summary>The cooperative calls a window off: every open reservation is cancelled and its deposit owed back.</summary>
internal sealed record CancelPreorderWindowCommand(CooperativeId CooperativeId, Guid WindowId, UserId ActorId, string Reason)
    : ICommand<Result<PreorderWindowDetails>>, IRunsIn<OrderingTransaction>;

/// <summary>The cooperative's windows, newest harvest first, for its people.</summary>
internal sealed record ListVendorPreordersQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<IReadOnlyList<PreorderWindowView>>>;

/// <summary>One of the cooperative's windows with its reservations, for its people.</summary>
internal sealed record GetVendorPreorderQuery(CooperativeId CooperativeId, Guid WindowId, UserId ActorId) : IQuery<Result<PreorderWindowDetails>>;

/// <summary>Windows coming or open (not yet closed), of a product when one is named: public.</summary>
internal sealed record ListOpenPreordersQuery(ProductId? ProductId = null) : IQuery<IReadOnlyList<PreorderWindowView>>;

/// <summary>A window, whatever its phase: public (its page is linked from the product and the season's calendar).</summary>
internal sealed record GetPreorderQuery(Guid WindowId) : IQuery<Result<PreorderWindowView>>;

/// <summary>The buyer's reservations, newest first.</summary>
internal sealed record ListMyReservationsQuery(UserId BuyerId) : IQuery<IReadOnlyList<ReservationView>>;

internal static class PreorderErrors
{
    public static Error NotFound() =>
        Error.NotFound("preorder.not_found", Bilingual.Pick("Không tìm thấy đợt đặt trước này.", "No such pre-order window."));

    public static Error ReservationNotFound() =>
        Error.NotFound("reservation.not_found", Bilingual.Pick("Không tìm thấy lượt đặt trước này.", "No such reservation."));
}

internal static class PreorderViews
{
    public static PreorderWindowView Window(PreorderWindow w, DateOnly today) => new(
        w.Id, w.CooperativeId, w.VendorName, w.Province, w.ProductId, w.VariantId, w.Sku, w.ProductName, w.Unit, w.GramsPerUnit, w.LotCode,
        w.OpensOn, w.ClosesOn, w.HarvestOn, w.Capacity, w.Reserved, w.Waitlisted, w.Left, Money.Dong(w.PriceVnd), w.DepositPercent,
        w.Rule.ToString(), Phase(w, today), w.Harvested, w.CancelReason);

    public static string Phase(PreorderWindow w, DateOnly today) => w.Status switch
    {
        WindowStatus.Harvested => "harvested",
        WindowStatus.Cancelled => "cancelled",
        _ when today < w.OpensOn => "coming",
        _ when today > w.ClosesOn => "closed",
        _ => "open",
    };

    public static ReservationView Reservation(Reservation r, PreorderWindow w) => new(
        r.Id, r.Number, w.Id, w.ProductName, w.VendorName, w.LotCode, w.HarvestOn, w.Unit, r.Quantity, r.Allocated, Money.Dong(r.PriceVnd),
        r.DepositPercent, Money.Dong(r.DepositDueVnd), Money.Dong(r.DepositPaidVnd), Money.Dong(r.DepositOwedVnd), Money.Dong(r.DepositBackVnd),
        Money.Dong(r.DepositReturnedVnd), Money.Dong(r.BalanceVnd), r.Reference, r.Status.ToString(), r.ReservedAt, r.BuyerEmail, r.OrderId, r.AwaitsOrder);
}
