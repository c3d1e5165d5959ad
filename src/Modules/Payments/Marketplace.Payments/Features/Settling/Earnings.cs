using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Settling;

/// <summary>
/// Money becomes payable when it is earned. A prepaid part's sale and commission are booked as
/// pending when the shopper pays; once the part is delivered and the holding period in force at
/// that moment has passed, everything pending on the part (sale, commission, any refund) moves
/// to the available balance by one release pair (− pending, + available), booked once. Cash
/// sales need none: the cash is in the cooperative's hands at the door.
/// </summary>
internal static class Earnings
{
    /// <summary>A prepaid part was delivered: its release is planned, and booked at once when no holding period runs.</summary>
    public static async Task DeliveredAsync(PaymentsDbContext db, PaymentPart part, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (await db.Earnings.FindAsync([part.PartId], cancellationToken) is not null)
        {
            return;
        }

        var rules = await MoneyRulesInForce.AtAsync(db, at, cancellationToken);
        var earning = new PartEarning(part.PartId, part.CooperativeId, at, at.AddDays(rules.HoldDays));
        db.Earnings.Add(earning);
        if (earning.PayableFrom <= at)
        {
            await ReleaseAsync(db, earning, at, cancellationToken);
        }
    }

    /// <summary>Releases every delivered part whose holding period has passed; answers how many.</summary>
    public static async Task<int> ReleaseDueAsync(PaymentsDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await db.Earnings.Where(e => e.ReleasedAt == null && e.PayableFrom <= now)
            .OrderBy(e => e.PayableFrom)
            .Take(1_000)
            .ToListAsync(cancellationToken);
        foreach (var earning in due)
        {
            await ReleaseAsync(db, earning, now, cancellationToken);
        }

        return due.Count;
    }

    /// <summary>True once the part's money was released: what is booked on it later (a refund) comes off the available balance.</summary>
    public static async Task<bool> ReleasedAsync(PaymentsDbContext db, OrderPartId partId, CancellationToken cancellationToken) =>
        await db.Earnings.AnyAsync(e => e.PartId == partId && e.ReleasedAt != null, cancellationToken);

    private static async Task ReleaseAsync(PaymentsDbContext db, PartEarning earning, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = await db.Ledger.AsNoTracking()
            .Where(e => e.PartId == earning.PartId && e.Pending)
            .Select(e => new { e.AmountVnd, e.VendorName, e.OrderId, e.OrderNumber })
            .ToListAsync(cancellationToken);
        var amount = pending.Sum(e => e.AmountVnd);
        if (pending.Count > 0 && amount != 0)
        {
            var first = pending[0];
            db.Ledger.Add(new LedgerEntry(earning.CooperativeId, first.VendorName, LedgerEntryKind.Release, -amount, $"release:{earning.PartId}:pending",
                LedgerText.ReleasedFromPending, now, first.OrderId, first.OrderNumber, partId: earning.PartId, pending: true));
            db.Ledger.Add(new LedgerEntry(earning.CooperativeId, first.VendorName, LedgerEntryKind.Release, amount, $"release:{earning.PartId}",
                LedgerText.Released, now, first.OrderId, first.OrderNumber, partId: earning.PartId));
        }

        earning.Released(now);
    }
}

/// <summary>The money rules in force at a moment: the latest set before it, or the defaults.</summary>
internal static class MoneyRulesInForce
{
    public static async Task<MoneyRules> AtAsync(PaymentsDbContext db, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.MoneyRules.AsNoTracking().Where(r => r.EffectiveFrom <= at).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(cancellationToken)
            ?? MoneyRules.Default;
}
