using FluentValidation;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// After the harvest the buyer says where the confirmed units go and how the balance is paid
/// (transfer, card or cash on delivery): the reservation becomes an order with one part, which
/// then follows the usual road (payment, confirmation, packing, shipping, delivery). Its total is
/// the units at the window's price and the cooperative's shipping; the deposit received counts
/// toward it, so the payment (or the cash at the door) asks for the rest.
/// </summary>
internal sealed record OrderReservationCommand(
    Guid ReservationId, UserId BuyerId, DeliveryAddress Delivery, PaymentMethod PaymentMethod, string? Note, string Culture)
    : IRequest<Result<OrderView>>, IOwnsTransaction<OrderingTransaction>;

internal sealed class OrderReservationValidator : AbstractValidator<OrderReservationCommand>
{
    public OrderReservationValidator()
    {
        this.RuleForDelivery(c => c.Delivery);
        RuleFor(c => c.PaymentMethod).IsInEnum();
        RuleFor(c => c.Note).MaximumLength(1000);
        RuleFor(c => c.Culture).Must(c => c is "vi" or "en");
    }
}

/// <summary>
/// One order per reservation, whatever the retries: the order's idempotency key is the
/// reservation's, and the reservation's version makes a second, simultaneous request fail and
/// answer with the first one's order. The goods come from the harvest, not the shelf: the line
/// names the variant but holds no stock (see <see cref="ReservationOrders"/>).
/// </summary>
internal sealed class OrderReservationHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : IRequestHandler<OrderReservationCommand, Result<OrderView>>
{
    public async ValueTask<Result<OrderView>> Handle(OrderReservationCommand command, CancellationToken cancellationToken)
    {
        var buyer = command.BuyerId;
        var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.Id == command.ReservationId && r.BuyerId == buyer, cancellationToken);
        if (reservation is null)
        {
            return PreorderErrors.ReservationNotFound();
        }

        if (reservation.Status == ReservationStatus.Cancelled)
        {
            return Error.Conflict("reservation.cancelled", Bilingual.Pick(
                $"Đặt trước {reservation.Number} đã kết thúc (hủy hoặc đơn hàng của nó đã hủy): tiền cọc được hoàn lại.",
                $"Reservation {reservation.Number} has ended (cancelled, or its order was): its deposit is owed back."));
        }

        if (reservation.OrderId is { } existing)
        {
            return await OrderViews.ReadAsync(db, existing, cancellationToken);
        }

        if (!reservation.AwaitsOrder)
        {
            return Error.Conflict("reservation.not_confirmed", Bilingual.Pick(
                $"Đặt trước {reservation.Number} chưa có phần nào được xác nhận theo vụ thu hoạch: chưa thể đặt hàng.",
                $"Nothing of reservation {reservation.Number} is confirmed by the harvest: it cannot be ordered yet."));
        }

        if (await PaymentChoice.RefusedAsync(sender, command.PaymentMethod, cancellationToken) is { } refused)
        {
            return refused;
        }

        var window = await db.PreorderWindows.AsNoTracking().SingleAsync(w => w.Id == reservation.WindowId, cancellationToken);
        var to = new Destination(command.Delivery.Province.Trim(), command.Delivery.Commune.Trim());
        var (line, grams, shipping, quote) = await ReservationOrders.PriceAsync(sender, window, reservation, to, cancellationToken);
        if (quote is null)
        {
            return Error.Conflict("checkout.not_delivered", CartPricing.NotDelivered(window.VendorName, grams, to));
        }

        if (PaymentChoice.RefusedFor(command.PaymentMethod, line.TotalVnd + shipping - reservation.DepositCountedVnd) is { } outOfRange)
        {
            return outOfRange;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var order = new Order(
            OrderId.New(), Order.NewNumber(now), reservation.BuyerId, reservation.BuyerEmail, $"reservation-{reservation.Id}",
            Address.Cleaned(command.Delivery),
            string.IsNullOrWhiteSpace(command.Note)
                ? Bilingual.Pick($"Theo đặt trước {reservation.Number}, lô {window.LotCode}", $"From reservation {reservation.Number}, lot {window.LotCode}")
                : command.Note.Trim(),
            command.PaymentMethod, command.Culture, now);
        order.Add(new OrderPart(
                OrderPartId.New(), order.Id, window.CooperativeId, window.VendorName, [line], shipping,
                command.PaymentMethod == PaymentMethod.CashOnDelivery, now, reservation.DepositCountedVnd)
            .DeliveredBy(quote.Carrier, VietnamTime.DayOf(now), quote.MinDays, quote.MaxDays));
        reservation.Ordered(order.Id);
        db.Orders.Add(order);
        db.AddIntegrationEvent(order.Placed());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            var winner = await db.Reservations.AsNoTracking().Where(r => r.Id == command.ReservationId).Select(r => r.OrderId)
                .SingleAsync(CancellationToken.None);
            // Changed meanwhile without an order (a deposit transfer counted at that moment): asked again, it goes through.
            return winner is { } orderId
                ? await OrderViews.ReadAsync(db, orderId, CancellationToken.None)
                : Error.Conflict("reservation.changed", Bilingual.Pick(
                    "Đặt trước vừa được cập nhật (có khoản chuyển mới): hãy đặt hàng lại.",
                    "The reservation was just updated (a new transfer came): order again."));
        }

        return OrderViews.Order(order);
    }
}

/// <summary>
/// A reservation's order lost its part before it was paid (cancelled, or paid at the door and the
/// parcel came back unsold): the reservation ends and its deposit is owed back (told to Payments'
/// ledger). Paid, the deposit went into the sale and goes back with the order's refund, so nothing
/// is done here.
/// </summary>
internal sealed class ReservationOrderCancelledHandler(OrderingDbContext db, TimeProvider clock)
    : INotificationHandler<OrderCancelledIntegrationEvent>,
      INotificationHandler<OrderPartReturnedIntegrationEvent>
{
    public ValueTask Handle(OrderCancelledIntegrationEvent notification, CancellationToken cancellationToken) =>
        EndAsync(notification, "ordering.reservation-order-cancelled", notification.OrderId, cancellationToken);

    public ValueTask Handle(OrderPartReturnedIntegrationEvent notification, CancellationToken cancellationToken) =>
        EndAsync(notification, "ordering.reservation-order-returned", notification.OrderId, cancellationToken);

    private async ValueTask EndAsync(IIntegrationEvent notification, string handler, OrderId orderId, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var reservation = await db.Reservations.SingleOrDefaultAsync(r => r.OrderId == orderId, cancellationToken);
            var state = await db.Orders.AsNoTracking().Where(o => o.Id == orderId).Select(o => o.PaymentState).SingleOrDefaultAsync(cancellationToken);
            if (reservation is null || state == OrderPaymentState.Paid)
            {
                return;
            }

            var now = clock.GetUtcNow();
            reservation.OrderCancelled(now);
            await db.DepositChangedAsync(reservation, now, cancellationToken);
        }, cancellationToken);
}

/// <summary>What ordering a reservation comes to, shown before the buyer orders it: the goods, shipping, the deposit counted, what is left to pay.</summary>
internal sealed record ReservationOrderQuote(ReservationView Reservation, Money Goods, Money Shipping, Money DepositCounted, Money ToPay);

internal sealed record QuoteReservationOrderQuery(Guid ReservationId, UserId BuyerId) : IQuery<Result<ReservationOrderQuote>>;

internal sealed class QuoteReservationOrderHandler(OrderingDbContext db, ISender sender)
    : IQueryHandler<QuoteReservationOrderQuery, Result<ReservationOrderQuote>>
{
    public async ValueTask<Result<ReservationOrderQuote>> Handle(QuoteReservationOrderQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var reservation = await db.Reservations.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.ReservationId && r.BuyerId == buyer, cancellationToken);
        if (reservation is null)
        {
            return PreorderErrors.ReservationNotFound();
        }

        var window = await db.PreorderWindows.AsNoTracking().SingleAsync(w => w.Id == reservation.WindowId, cancellationToken);
        var view = PreorderViews.Reservation(reservation, window);
        if (!reservation.AwaitsOrder)
        {
            return new ReservationOrderQuote(view, Money.Zero, Money.Zero, Money.Zero, Money.Zero);
        }

        // No address yet: delivery quoted to the farthest region, as a cart is.
        var (line, _, shipping, _) = await ReservationOrders.PriceAsync(sender, window, reservation, null, cancellationToken);
        var counted = reservation.DepositCountedVnd;
        return new ReservationOrderQuote(
            view, Money.Dong(line.TotalVnd), Money.Dong(shipping), Money.Dong(counted), Money.Dong(line.TotalVnd + shipping - counted));
    }
}

internal static class ReservationOrders
{
    /// <summary>
    /// The order's one line (the units confirmed at the window's price; it names the variant but
    /// holds no stock: the goods come from the harvest, and a cancellation gives none back) and
    /// the parcel's weight and the cooperative's delivery of it, quoted as a cart's is (no quote: it
    /// does not deliver there).
    /// </summary>
    public static async Task<(OrderLine Line, long Grams, long ShippingVnd, DeliveryQuote? Quote)> PriceAsync(
        ISender sender, PreorderWindow window, Reservation reservation, Destination? to, CancellationToken cancellationToken)
    {
        var variant = (await sender.Send(new GetProductsForCheckoutQuery([window.VariantId]), cancellationToken)).SingleOrDefault();
        var line = new OrderLine(
            window.VariantId, window.Sku, window.ProductName, window.Unit, variant?.NetWeightGrams, reservation.Allocated!.Value, reservation.PriceVnd,
            StockQuantity: 0);
        var parcel = new DeliveryParcel(
            window.CooperativeId, CartPricing.GramsOf(variant, line.Quantity), Money.Dong(line.TotalVnd), CartPricing.BoxCm3Of(variant, line.Quantity));
        var quotes = await sender.Send(new QuoteDeliveryQuery([parcel], to?.Province, to?.Commune), cancellationToken);
        return quotes.TryGetValue(window.CooperativeId, out var quote)
            ? (line, parcel.Grams, quote.FeeFor(Money.Dong(line.TotalVnd)).Amount, quote)
            : (line, parcel.Grams, 0, null);
    }
}
