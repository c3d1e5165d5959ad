using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Ordering.Features.Orders;
using Marketplace.Ordering.Features.Vouchers;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.PlaceOrder;

/// <summary>
/// Checkout, all or nothing across two modules, in one transaction on the connection all modules
/// of the request share. The cart is priced by the catalog and its delivery quoted first, outside
/// the transaction (a carrier's API may take seconds); then the cart is claimed as it was priced,
/// the stock of every line is taken by Catalog (its command joins this transaction and refuses a
/// product withdrawn meanwhile), the order, its parts, the OrderPlaced notification and the
/// emptied cart are saved, and all of it commits together. A process that dies halfway leaves
/// nothing taken. One cart makes at most one order whatever the
/// keys (two tabs, a double tap with a fresh form, a client that retries with a new key): the
/// first checkout claims the cart, the others wait for it and find it changed. A checkout retried
/// with the same key finds the order the first one made (a unique index on buyer and key).
/// </summary>
internal sealed class PlaceOrderHandler(OrderingDbContext db, ISender sender, TimeProvider clock) : IRequestHandler<PlaceOrderCommand, Result<OrderView>>
{
    public async ValueTask<Result<OrderView>> Handle(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        if (await ExistingAsync(command, cancellationToken) is { } existing)
        {
            return existing;
        }

        if (await PaymentChoice.RefusedAsync(sender, command.PaymentMethod, cancellationToken) is { } refused)
        {
            return refused;
        }

        // Priced and delivery quoted before the transaction: a carrier's price API may take seconds,
        // and no lock is held meanwhile. The claim below holds the cart to exactly what was priced.
        var seen = await db.Carts.AsNoTracking().SingleOrDefaultAsync(c => c.OwnerKey == command.Cart.Key, cancellationToken);
        if (seen is null || seen.Lines.Count == 0)
        {
            // Also what a retry of a checkout that has just emptied the cart sees: its order, then.
            return await ExistingAsync(command, cancellationToken) is { } done
                ? done
                : Error.Rule("checkout.cart_empty", Bilingual.Pick("Giỏ hàng đang trống.", "The cart is empty."));
        }

        var to = new Destination(command.Delivery.Province.Trim(), command.Delivery.Commune.Trim());
        var (goods, variants) = await sender.PriceAsync(seen.Lines, command.BusinessBuyer, to, cancellationToken);
        var voucher = await goods.WithVoucherAsync(db, seen.VoucherCode, command.BuyerId, command.BusinessBuyer, clock.GetUtcNow(), cancellationToken);
        if (voucher.View.Voucher?.Problem is { } voucherProblem && goods.CanCheckOut)
        {
            return Error.Conflict(voucher.Voucher?.Left == 0 ? "checkout.voucher_used_up" : "checkout.voucher", voucherProblem);
        }

        var priced = voucher.View;
        if (!priced.CanCheckOut)
        {
            var problems = priced.Groups.SelectMany(g => g.Lines).Where(l => l.Problem is not null).Select(l => $"{l.ProductName}: {l.Problem}")
                .Concat(priced.Groups.Where(g => g.Problem is not null).Select(g => g.Problem!));
            return Error.Conflict(
                "checkout.cart_has_problems",
                string.Join(" ", problems.DefaultIfEmpty(
                    Bilingual.Pick("Giỏ hàng có sản phẩm không còn bán.", "The cart holds a product no longer on sale."))));
        }

        if (command.ExpectedTotalVnd is { } shown && shown != priced.Total.Amount)
        {
            return Error.Conflict("checkout.total_changed", Bilingual.Pick(
                $"Tổng tiền theo địa chỉ này là {priced.Total.Format(CultureInfo.CurrentCulture)} (phí giao hàng tính theo tỉnh): hãy xem lại rồi đặt hàng.",
                $"To this address the total is {priced.Total.Format(CultureInfo.CurrentCulture)} (delivery depends on the province): look again, then order."));
        }

        if (PaymentChoice.RefusedFor(command.PaymentMethod, priced.Total.Amount) is { } tooMuch)
        {
            return tooMuch;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var cart = await db.Carts.SingleOrDefaultAsync(c => c.OwnerKey == command.Cart.Key, cancellationToken);

        // The claim: one conditional UPDATE of the cart row, as it was priced. A concurrent checkout
        // of the same cart waits on the row and then matches nothing (PostgreSQL re-reads it; SQLite's
        // transactions take the write lock when they begin, so it even reads the emptied cart); a
        // cart changed since it was priced matches nothing either.
        var now = clock.GetUtcNow();
        var claimed = cart is null ? 0 : await db.Carts.Where(c => c.Id == cart.Id && c.UpdatedAt == seen.UpdatedAt)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.UpdatedAt, now), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return await ExistingAsync(command, cancellationToken) is { } same
                ? same
                : Error.Conflict("checkout.cart_changed", Bilingual.Pick(
                    "Giỏ hàng vừa được đặt hoặc thay đổi ở nơi khác: hãy xem lại giỏ hàng và đơn hàng của bạn.",
                    "The cart was just ordered or changed elsewhere: look at your cart and your orders again."));
        }

        // The claim changed the row's concurrency token; the cart is saved emptied against it below.
        db.Entry(cart!).Property(c => c.UpdatedAt).OriginalValue = now;

        var lines = cart!.Lines.Select(l => new StockLine(l.VariantId, l.Quantity)).ToList();
        var reserved = await sender.Send(new ReserveStockCommand(lines), cancellationToken);
        if (!reserved.IsSuccess)
        {
            return reserved.Error!;
        }

        var order = Build(command, priced, variants, voucher);
        if (voucher is { Voucher: { } used, Discount: { } discount }
            && await UseAsync(used, discount, order, command.BuyerId, now, cancellationToken) is { } notUsed)
        {
            await transaction.RollbackAsync(cancellationToken);
            return notUsed;
        }

        db.Orders.Add(order);
        cart.Clear(now);
        db.AddIntegrationEvent(order.Placed());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Nothing is kept, the stock included: it was taken in this transaction.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            if (await ExistingAsync(command, cancellationToken) is { } winner)
            {
                return winner;
            }

            // The buyer's use numbered by another of their checkouts at the same moment (the unique index).
            if (voucher.Voucher is { } lost && await VoucherPricing.UsesAsync(db, lost.Id, command.BuyerId, cancellationToken) >= lost.PerBuyerLimit)
            {
                return Error.Conflict("checkout.voucher", lost.UsedByBuyer());
            }

            throw;
        }

        return OrderViews.Order(order);
    }

    /// <summary>
    /// Counts the voucher's use, in the order's transaction: one conditional UPDATE that matches
    /// nothing once the limit is reached (PostgreSQL makes a waiting UPDATE re-read the row;
    /// SQLite's transactions hold the write lock from their start), then the buyer's own use,
    /// numbered under a unique index. Whatever stops the order undoes both.
    /// </summary>
    private async Task<Error?> UseAsync(
        Voucher voucher, VoucherDiscount discount, Order order, UserId buyer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var counted = await db.Vouchers
            .Where(v => v.Id == voucher.Id && v.EndedAt == null && v.StartsAt <= now && now < v.EndsAt && (v.TotalLimit == null || v.Used < v.TotalLimit))
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Used, v => v.Used + 1), cancellationToken);
        if (counted == 0)
        {
            // Used up meanwhile, or ended or expired between pricing and now: say which.
            var current = await db.Vouchers.AsNoTracking().SingleAsync(v => v.Id == voucher.Id, cancellationToken);
            return current.Left == 0
                ? Error.Conflict("checkout.voucher_used_up", voucher.UsedUp())
                : Error.Conflict(
                    "checkout.voucher", current.Unusable(now, businessBuyer: current.Audience == VoucherAudience.BusinessBuyers) ?? voucher.UsedUp());
        }

        // The buyer's uses are numbered 1 … the limit; a use given back (an order cancelled) frees its number.
        var taken = await db.VoucherRedemptions.Where(r => r.VoucherId == voucher.Id && r.BuyerId == buyer)
            .Select(r => r.Number).ToListAsync(cancellationToken);
        var number = Enumerable.Range(1, voucher.PerBuyerLimit).Except(taken).DefaultIfEmpty(0).First();
        if (number == 0)
        {
            return Error.Conflict("checkout.voucher", voucher.UsedByBuyer());
        }

        db.VoucherRedemptions.Add(new VoucherRedemption(voucher.Id, buyer, number, order.Id, discount.TotalVnd, now));
        return null;
    }

    private async Task<OrderView?> ExistingAsync(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        var buyer = command.BuyerId;
        var order = await db.Orders.AsNoTracking().Include(o => o.Parts)
            .SingleOrDefaultAsync(o => o.BuyerId == buyer && o.IdempotencyKey == command.IdempotencyKey, cancellationToken);
        return order is null ? null : OrderViews.Order(order);
    }

    private Order Build(PlaceOrderCommand command, CartView priced, IReadOnlyList<CheckoutVariant> variants, PricedVoucher voucher)
    {
        var now = clock.GetUtcNow();
        var delivery = Address.Cleaned(command.Delivery);
        var order = new Order(
            OrderId.New(), Order.NewNumber(now), command.BuyerId, command.BuyerEmail.Trim(), command.IdempotencyKey, delivery,
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note.Trim(), command.PaymentMethod, command.Culture, now)
            .WithPurchaseOrder(command.PurchaseOrderNumber)
            .WithVoucher(voucher.Discount is null ? null : voucher.Voucher?.Code);
        var byId = variants.ToDictionary(v => v.VariantId);
        foreach (var group in priced.Groups)
        {
            var lines = group.Lines
                .Select(l => new OrderLine(l.VariantId, l.Sku, l.ProductName, l.Unit, l.NetWeightGrams, l.Quantity, l.UnitPrice.Amount))
                .ToList();
            var part = new OrderPart(
                OrderPartId.New(), order.Id, group.CooperativeId, byId[group.Lines[0].VariantId].VendorName, lines, group.Shipping.Amount,
                command.PaymentMethod == PaymentMethod.CashOnDelivery, now, discount: voucher.Discount?.For(group.CooperativeId));
            if (group.Delivery is { } quoted)
            {
                part.DeliveredBy(quoted.Carrier, VietnamTime.DayOf(now), quoted.MinDays, quoted.MaxDays);
            }

            order.Add(part);
        }

        return order;
    }
}
