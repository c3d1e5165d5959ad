using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Vouchers;

/// <summary>
/// A cart's voucher, priced with the cart: what it takes off each cooperative's parcel, or why it
/// cannot be used (then nothing comes off, and the cart cannot be checked out until the code is
/// taken away or the reason goes). Nothing is counted here: checkout counts the use.
/// </summary>
internal static class VoucherPricing
{
    public static async Task<PricedVoucher> WithVoucherAsync(
        this CartView view, OrderingDbContext db, string? code, UserId? buyer, bool businessBuyer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (code is null || view.Groups.Count == 0)
        {
            return new PricedVoucher(view, null, null);
        }

        var voucher = await db.Vouchers.AsNoTracking().SingleOrDefaultAsync(v => v.Code == code, cancellationToken);
        var problem = voucher is null
            ? Bilingual.Pick($"Không có mã giảm giá {code}.", $"There is no voucher {code}.")
            : voucher.Unusable(now, businessBuyer);
        if (problem is null && buyer is { } person && await UsesAsync(db, voucher!.Id, person, cancellationToken) >= voucher.PerBuyerLimit)
        {
            problem = voucher.UsedByBuyer();
        }

        var discount = problem is null
            ? voucher!.DiscountFor([.. view.Groups.Select(g => new ParcelToDiscount(g.CooperativeId, g.Subtotal.Amount, g.Shipping.Amount))])
            : null;
        problem ??= discount!.Problem;
        if (problem is not null)
        {
            return new PricedVoucher(
                view with { Voucher = new CartVoucher(code, voucher?.Title, Money.Zero, problem), CanCheckOut = false }, voucher, null);
        }

        var groups = view.Groups
            .Select(g => discount!.For(g.CooperativeId) is { } off ? g with { Discount = Money.Dong(off.DiscountVnd) } : g)
            .ToList();
        var total = Money.Dong(discount!.TotalVnd);
        return new PricedVoucher(
            view with { Groups = groups, Discount = total, Total = view.Total - total, Voucher = new CartVoucher(code, voucher!.Title, total, null) },
            voucher,
            discount);
    }

    /// <summary>How many orders the buyer has placed with the voucher.</summary>
    public static Task<int> UsesAsync(OrderingDbContext db, Guid voucherId, UserId buyer, CancellationToken cancellationToken) =>
        db.VoucherRedemptions.CountAsync(r => r.VoucherId == voucherId && r.BuyerId == buyer, cancellationToken);
}

/// <summary>The cart with its voucher's discount, the voucher (null when none, or none by that code), and the discount when it applies.</summary>
internal sealed record PricedVoucher(CartView View, Voucher? Voucher, VoucherDiscount? Discount);
