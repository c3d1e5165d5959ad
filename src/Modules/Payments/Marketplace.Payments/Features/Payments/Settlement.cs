using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;

namespace Marketplace.Payments.Features.Payments;

/// <summary>
/// What follows from money coming in or going back, booked in the same transaction as the change
/// itself: the ledger entries of each cooperative concerned and the notification to Ordering.
/// Entries are keyed by the fact they book, so the same fact never counts twice.
/// </summary>
internal static class Settlement
{
    /// <summary>A prepaid order's money came: each part not cancelled is a sale less its commission.</summary>
    public static void Paid(PaymentsDbContext db, Payment payment, DateTimeOffset at)
    {
        foreach (var part in payment.Parts.Where(p => !p.Cancelled))
        {
            db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Sale, part.TotalVnd, $"sale:{part.PartId}",
                LedgerText.SalePrepaid, at, payment.OrderId, payment.OrderNumber));
            db.Ledger.Add(CommissionOn(payment, part, at));
        }

        db.AddIntegrationEvent(new PaymentSucceededIntegrationEvent(Guid.NewGuid(), at, payment.OrderId, payment.Method.ToString(), payment.AmountVnd));
    }

    /// <summary>
    /// A part paid in cash was delivered: a sale, the cash the cooperative keeps, and the
    /// commission it now owes the alliance.
    /// </summary>
    public static void DeliveredForCash(PaymentsDbContext db, Payment payment, PaymentPart part, long cashVnd, DateTimeOffset at)
    {
        db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Sale, cashVnd, $"sale:{part.PartId}",
            LedgerText.SaleCash, at, payment.OrderId, payment.OrderNumber));
        db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.CashCollected, -cashVnd, $"cash:{part.PartId}",
            LedgerText.CashCollected, at, payment.OrderId, payment.OrderNumber));
        db.Ledger.Add(CommissionOn(payment, part, at));
    }

    /// <summary>Money went back for a part: the refund, and the commission on it given back to the cooperative.</summary>
    public static void Refunded(PaymentsDbContext db, Payment payment, PaymentPart part, Domain.Refund refund)
    {
        db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Refund, -refund.AmountVnd, $"refund:{refund.Id}",
            refund.Reason, refund.At, payment.OrderId, payment.OrderNumber));
        var returned = Math.Min(Commission.Of(refund.AmountVnd, part.CommissionBasisPoints), part.CommissionVnd);
        if (returned > 0)
        {
            db.Ledger.Add(new LedgerEntry(part.CooperativeId, part.VendorName, LedgerEntryKind.Commission, returned, $"refund-commission:{refund.Id}",
                LedgerText.CommissionReturned, refund.At, payment.OrderId, payment.OrderNumber));
        }

        db.AddIntegrationEvent(new RefundedIntegrationEvent(
            Guid.NewGuid(), refund.At, payment.OrderId, part.PartId, part.CooperativeId, refund.AmountVnd, payment.Method.ToString()));
    }

    private static LedgerEntry CommissionOn(Payment payment, PaymentPart part, DateTimeOffset at) =>
        new(part.CooperativeId, part.VendorName, LedgerEntryKind.Commission, -part.CommissionVnd, $"commission:{part.PartId}",
            LedgerText.Commission(part.CommissionBasisPoints),
            at, payment.OrderId, payment.OrderNumber);
}
