using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Payments;

/// <summary>
/// What follows from money coming in or going back, booked in the same transaction as the change
/// itself: the ledger entries of each cooperative concerned and the notification to Ordering.
/// Entries are keyed by the fact they book, so the same fact never counts twice.
/// </summary>
internal static class Settlement
{
    /// <summary>
    /// A prepaid order's money came: each part not cancelled is a sale less its commission, pending
    /// until the part is delivered (the money is the shopper's until then: a cancellation gives it
    /// back). A part whose delivery was heard of first, and released, is payable at once.
    /// </summary>
    public static async Task PaidAsync(PaymentsDbContext db, Payment payment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var parts = payment.Parts.Where(p => !p.Cancelled).ToList();
        var partIds = parts.Select(p => p.PartId).ToList();
        var released = await db.Earnings.AsNoTracking()
            .Where(e => partIds.Contains(e.PartId) && e.ReleasedAt != null)
            .Select(e => e.PartId)
            .ToListAsync(cancellationToken);
        foreach (var part in parts)
        {
            var pending = !released.Contains(part.PartId);
            db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Sale, part.TotalVnd, $"sale:{part.PartId}",
                LedgerText.SalePrepaid, at, payment.OrderId, payment.OrderNumber, partId: part.PartId, pending: pending));
            db.Ledger.Add(CommissionOn(payment, part, part.SubtotalVnd, at, pending));
            AllianceDiscount(db, payment, part, at, pending);
            DepositCounted(db, payment, part, at);
        }

        db.AddIntegrationEvent(new PaymentSucceededIntegrationEvent(Guid.NewGuid(), at, payment.OrderId, payment.Method.ToString(), payment.AmountVnd));
    }

    /// <summary>
    /// A part paid in cash was delivered: a sale of what was collected, the cash the cooperative
    /// keeps, and the commission it now owes the alliance, all payable (or owed) at once. When the
    /// buyer paid less than was due, the shortfall comes off the goods first, and the commission
    /// is on the goods actually paid for.
    /// </summary>
    public static void DeliveredForCash(PaymentsDbContext db, Payment payment, PaymentPart part, long cashVnd, string? shortfallReason, DateTimeOffset at)
    {
        // A pre-order's deposit was paid before: the sale is of it and the cash together.
        var shortfall = Math.Max(0, part.DueVnd - cashVnd);
        db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Sale, cashVnd + part.DepositVnd, $"sale:{part.PartId}",
            shortfall > 0 ? LedgerText.SaleCashShort(shortfallReason ?? string.Empty) : LedgerText.SaleCash, at, payment.OrderId, payment.OrderNumber,
            partId: part.PartId));
        db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.CashCollected, -cashVnd, $"cash:{part.PartId}",
            LedgerText.CashCollected, at, payment.OrderId, payment.OrderNumber, partId: part.PartId));
        db.Ledger.Add(CommissionOn(payment, part, Math.Max(0, part.SubtotalVnd - shortfall), at, pending: false));
        AllianceDiscount(db, payment, part, at, pending: false, soldVnd: cashVnd + part.DepositVnd);
        DepositCounted(db, payment, part, at);
    }

    /// <summary>
    /// A part paid in cash was delivered by a carrier the alliance booked, which took the cash: a
    /// sale of what it collected less the commission, both pending until the carrier pays the cash
    /// over (<see cref="CarrierRemitted"/>). The cooperative never held the cash, so none is
    /// booked as kept by it.
    /// </summary>
    public static void DeliveredForCarrierCash(
        PaymentsDbContext db, Payment payment, PaymentPart part, long cashVnd, string? shortfallReason, DateTimeOffset at)
    {
        var shortfall = Math.Max(0, part.DueVnd - cashVnd);
        db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Sale, cashVnd + part.DepositVnd, $"sale:{part.PartId}",
            shortfall > 0 ? LedgerText.SaleCashShort(shortfallReason ?? string.Empty) : LedgerText.SaleCarrierCash, at, payment.OrderId,
            payment.OrderNumber, partId: part.PartId, pending: true));
        db.Ledger.Add(CommissionOn(payment, part, Math.Max(0, part.SubtotalVnd - shortfall), at, pending: true));
        AllianceDiscount(db, payment, part, at, pending: true, soldVnd: cashVnd + part.DepositVnd);
        DepositCounted(db, payment, part, at);
    }

    /// <summary>
    /// The carrier's statement settled a parcel: what it kept for itself is the cooperative's to bear,
    /// pending with the sale when it delivered (released together, after the holding period) and at
    /// once when it brought the parcel back (nothing was sold).
    /// </summary>
    public static void CarrierRemitted(
        PaymentsDbContext db, Payment payment, PaymentPart part, string carrier, string trackingCode, long chargedVnd, bool delivered, DateTimeOffset at)
    {
        if (chargedVnd > 0)
        {
            db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Shipping, -chargedVnd, $"carrier:{part.PartId}",
                LedgerText.CarrierCharges(carrier, trackingCode), at, payment.OrderId, payment.OrderNumber, partId: part.PartId, pending: delivered));
        }
    }

    /// <summary>
    /// The alliance's share of a voucher's discount on the part: the buyer paid that much less, and
    /// the alliance, not the cooperative, makes it up, with the sale and as pending as the sale.
    /// </summary>
    private static void AllianceDiscount(PaymentsDbContext db, Payment payment, PaymentPart part, DateTimeOffset at, bool pending, long? soldVnd = null)
    {
        // Cash short at the door: the alliance makes up its share of what was sold, not of what was refused.
        var share = part.AllianceDiscountOn(soldVnd ?? part.TotalVnd);
        if (share > 0)
        {
            db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Promotion, share, $"promotion:{part.PartId}",
                LedgerText.Promotion(payment.VoucherCode ?? string.Empty), at, payment.OrderId, payment.OrderNumber, partId: part.PartId, pending: pending));
        }
    }

    /// <summary>
    /// The deposit held for a pre-order (booked pending as it came in, see <c>FollowDepositsHandler</c>)
    /// is now in the part's sale: it leaves the deposits held, so that it counts once.
    /// </summary>
    private static void DepositCounted(PaymentsDbContext db, Payment payment, PaymentPart part, DateTimeOffset at)
    {
        if (part.DepositVnd > 0)
        {
            db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Deposit, -part.DepositVnd, $"deposit-sold:{part.PartId}",
                LedgerText.DepositSold, at, payment.OrderId, payment.OrderNumber, pending: true));
        }
    }

    /// <summary>
    /// Money went back for a part: the refund, and the commission on it given back to the
    /// cooperative; taken from the part's pending money while it has not been released.
    /// </summary>
    public static void Refunded(PaymentsDbContext db, Payment payment, PaymentPart part, Domain.Refund refund, bool pending)
    {
        db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Refund, -refund.AmountVnd, $"refund:{refund.Id}",
            refund.Reason, refund.At, payment.OrderId, payment.OrderNumber, partId: part.PartId, pending: pending));
        // The commission on the goods refunded so far, less what earlier refunds gave back: a refund
        // of the delivery fee beyond the goods, or the rounding of many small refunds, never gives
        // back more than was taken. (The part is as it was before this refund.)
        var returned = part.CommissionOn(Math.Min(part.RefundedVnd + refund.AmountVnd, part.SubtotalVnd))
            - part.CommissionOn(Math.Min(part.RefundedVnd, part.SubtotalVnd));
        if (returned > 0)
        {
            db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Commission, returned, $"refund-commission:{refund.Id}",
                LedgerText.CommissionReturned, refund.At, payment.OrderId, payment.OrderNumber, partId: part.PartId, pending: pending));
        }

        // Money back to the buyer takes back the alliance's share of the discount on it, in the same proportion.
        var promotionBack = part.AllianceDiscountOn(Math.Min(part.RefundedVnd + refund.AmountVnd, part.TotalVnd))
            - part.AllianceDiscountOn(Math.Min(part.RefundedVnd, part.TotalVnd));
        if (promotionBack > 0)
        {
            db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Promotion, -promotionBack, $"refund-promotion:{refund.Id}",
                LedgerText.Promotion(payment.VoucherCode ?? string.Empty), refund.At, payment.OrderId, payment.OrderNumber, partId: part.PartId,
                pending: pending));
        }

        db.AddIntegrationEvent(new RefundedIntegrationEvent(
            Guid.NewGuid(), refund.At, payment.OrderId, part.PartId, part.CooperativeId, refund.AmountVnd, refund.Method.ToString()));
    }

    private static LedgerEntry CommissionOn(Payment payment, PaymentPart part, long goodsVnd, DateTimeOffset at, bool pending) =>
        new(part.CooperativeId, part.VendorName, LedgerEntryKind.Commission, -part.CommissionOn(goodsVnd), $"commission:{part.PartId}",
            LedgerText.Commission(part.CommissionBasisPoints),
            at, payment.OrderId, payment.OrderNumber, partId: part.PartId, pending: pending);
}
