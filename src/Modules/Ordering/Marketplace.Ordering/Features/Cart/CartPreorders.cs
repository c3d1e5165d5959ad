using System.Globalization;
using FluentValidation;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Preorders;
using Marketplace.Ordering.Features.Vouchers;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Cart;

/// <summary>A pre-order in the cart, priced by its window now; <see cref="Problem"/> says why it cannot be reserved as it stands.</summary>
internal sealed record CartPreorderView(
    Guid WindowId,
    string ProductName,
    string VendorName,
    string LotCode,
    DateOnly HarvestOn,
    string Unit,
    int? GramsPerUnit,
    int Quantity,
    Money Price,
    Money LineTotal,
    int DepositPercent,
    Money Deposit,
    int Left,
    string? Problem);

/// <summary>Adds units of a window to the cart (<see cref="Add"/>) or sets them; 0 takes the window out. Nothing is held until reserved.</summary>
internal sealed record SetCartPreorderCommand(CartOwner Owner, Guid WindowId, int Quantity, bool Add, bool BusinessBuyer = false)
    : ICommand<Result<CartView>>, IRunsIn<OrderingTransaction>;

/// <summary>
/// Reserves every pre-order in the cart, each as its own reservation with its own deposit
/// reference; those that could not be reserved stay in the cart with the reason.
/// </summary>
internal sealed record ReserveCartCommand(CartOwner Owner, UserId BuyerId, string BuyerEmail, string Culture)
    : ICommand<Result<CartReservations>>, IRunsIn<OrderingTransaction>;

internal sealed record CartPreorderRefusal(Guid WindowId, string ProductName, string Code, string Detail);

internal sealed record CartReservations(IReadOnlyList<ReservationView> Reservations, IReadOnlyList<CartPreorderRefusal> Refused, Money DepositsDue);

internal sealed class SetCartPreorderValidator : AbstractValidator<SetCartPreorderCommand>
{
    public SetCartPreorderValidator()
    {
        RuleFor(c => c.WindowId).NotEmpty();
        RuleFor(c => c.Quantity)
            .GreaterThan(0).When(c => c.Add)
            .WithMessage(_ => Bilingual.Pick("Số lượng phải lớn hơn 0.", "The quantity must be more than 0."));
        RuleFor(c => c.Quantity)
            .InclusiveBetween(0, PreorderWindow.MaxUnits)
            .WithMessage(_ => Bilingual.Pick(
                $"Số lượng từ 0 đến {PreorderWindow.MaxUnits:N0}.",
                $"The quantity is 0 to {PreorderWindow.MaxUnits.ToString("N0", CultureInfo.InvariantCulture)}."));
    }
}

/// <summary>Prices a cart's pre-orders by their windows as they stand today, in one query.</summary>
internal static class CartPreorderPricing
{
    public static async Task<CartView> WithPreordersAsync(
        this CartView view, OrderingDbContext db, IReadOnlyList<CartPreorderLine>? lines, DateOnly today, CancellationToken cancellationToken)
    {
        if (lines is not { Count: > 0 })
        {
            return view;
        }

        var ids = lines.Select(l => l.WindowId).ToList();
        var windows = await db.PreorderWindows.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, cancellationToken);
        var priced = lines.Where(l => windows.ContainsKey(l.WindowId)).Select(l => Price(windows[l.WindowId], l.Quantity, today)).ToList();
        return view with { Preorders = priced };
    }

    private static CartPreorderView Price(PreorderWindow w, int quantity, DateOnly today)
    {
        var left = w.Left;
        var problem =
            !w.TakesReservations(today) ? Bilingual.Pick("Đợt đặt trước không nhận đặt hôm nay.", "This pre-order takes no reservations today.")
            : quantity > left ? Bilingual.Pick($"Chỉ còn {left:N0} để đặt trước.", $"Only {left.ToString("N0", CultureInfo.InvariantCulture)} left to reserve.")
            : null;
        var deposit = w.DepositOn(quantity);
        return new CartPreorderView(
            w.Id, w.ProductName, w.VendorName, w.LotCode, w.HarvestOn, w.Unit, w.GramsPerUnit, quantity, Money.Dong(w.PriceVnd),
            Money.Dong(w.PriceVnd * quantity), w.DepositPercent, Money.Dong(deposit), left, problem);
    }
}

internal sealed class CartPreorderHandlers(OrderingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<SetCartPreorderCommand, Result<CartView>>,
      ICommandHandler<ReserveCartCommand, Result<CartReservations>>
{
    public async ValueTask<Result<CartView>> Handle(SetCartPreorderCommand command, CancellationToken cancellationToken)
    {
        var cart = await db.CartToChangeAsync(command.Owner, clock.GetUtcNow(), cancellationToken);

        var quantity = command.Add ? cart.PreorderQuantityOf(command.WindowId) + command.Quantity : command.Quantity;
        if (quantity > 0)
        {
            var window = await db.PreorderWindows.AsNoTracking().SingleOrDefaultAsync(w => w.Id == command.WindowId, cancellationToken);
            if (window is null)
            {
                return PreorderErrors.NotFound();
            }

            // Only what could be reserved now goes in: the cart is no place to wait for a window
            // (notify me does that), and more than is left would only be refused later.
            if (!window.TakesReservations(clock.Today()))
            {
                return Error.Conflict("preorder.not_open", Bilingual.Pick(
                    $"Đợt đặt trước {window.LotCode} không nhận đặt hôm nay.", $"Pre-order {window.LotCode} takes no reservations today."));
            }

            if (quantity > window.Left)
            {
                var left = window.Left.ToString("N0", CultureInfo.CurrentCulture);
                return Error.FieldConflict("preorder.capacity", "Quantity", Bilingual.Pick(
                    $"Chỉ còn {left} ({window.Unit}) để đặt trước.", $"Only {left} ({window.Unit}) left to reserve."));
            }

            if (cart.Preorders.Count >= Domain.Cart.MaxPreorderLines && cart.PreorderQuantityOf(command.WindowId) == 0)
            {
                return Error.Rule("cart.preorders_full", Bilingual.Pick(
                    $"Giỏ hàng có tối đa {Domain.Cart.MaxPreorderLines} đợt đặt trước.", $"A cart holds at most {Domain.Cart.MaxPreorderLines} pre-orders."));
            }
        }

        var now = clock.GetUtcNow();
        cart.SetPreorder(command.WindowId, quantity, now);
        var (goods, _) = await sender.PriceAsync(cart.Lines, command.BusinessBuyer, cancellationToken);
        var priced = await goods.WithVoucherAsync(db, cart.VoucherCode, command.Owner.PersonId, command.BusinessBuyer, now, cancellationToken);
        return await priced.View.WithPreordersAsync(db, cart.Preorders, clock.Today(), cancellationToken);
    }

    public async ValueTask<Result<CartReservations>> Handle(ReserveCartCommand command, CancellationToken cancellationToken)
    {
        var cart = await db.Carts.SingleOrDefaultAsync(c => c.OwnerKey == command.Owner.Key, cancellationToken);
        if (cart is not { Preorders.Count: > 0 })
        {
            return Error.Rule("cart.no_preorders", Bilingual.Pick("Giỏ hàng không có sản phẩm đặt trước nào.", "The cart holds no pre-orders."));
        }

        // Each reservation takes its units the way a single one does (one guarded UPDATE), inside
        // this command's transaction: the reservations made and the lines taken out of the cart
        // are saved together, so a retry after a failure never reserves a line twice.
        var made = new List<ReservationView>();
        var refused = new List<CartPreorderRefusal>();
        var now = clock.GetUtcNow();
        // In the windows' order, so two carts holding the same windows take their rows' locks in the same order (no deadlock).
        foreach (var line in cart.Preorders.OrderBy(l => l.WindowId).ToList())
        {
            var reserved = await sender.Send(
                new ReserveCommand(line.WindowId, command.BuyerId, command.BuyerEmail, command.Culture, line.Quantity, Waitlist: false), cancellationToken);
            if (reserved.IsSuccess)
            {
                made.Add(reserved.Value);
                cart.SetPreorder(line.WindowId, 0, now);
            }
            else
            {
                var name = await db.PreorderWindows.Where(w => w.Id == line.WindowId).Select(w => w.ProductName).SingleOrDefaultAsync(cancellationToken);
                refused.Add(new CartPreorderRefusal(line.WindowId, name ?? string.Empty, reserved.Error!.Code, reserved.Error.Message));
            }
        }

        if (made.Count == 0)
        {
            var first = refused[0];
            return Error.Conflict(first.Code, string.IsNullOrEmpty(first.ProductName) ? first.Detail : $"{first.ProductName}: {first.Detail}");
        }

        return new CartReservations(made, refused, made.Aggregate(Money.Zero, (sum, r) => sum + r.DepositOwed));
    }
}
