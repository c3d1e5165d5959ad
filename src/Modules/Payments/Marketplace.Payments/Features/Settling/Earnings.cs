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

    /// <summary>
    /// Releases every delivered part whose holding period has passed, and what was booked pending
    /// on a released part by a refund, reversal or payment that decided "pending" just before the
    /// release was saved (they run in other transactions): such money is moved within a round
    /// instead of staying pending for ever. Answers how many parts were released.
    /// </summary>
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

        // Two queries a round: the released parts with a pending entry lately, then their pending sums.
        var recently = now.AddDays(-2);
        var touched = await db.Ledger.AsNoTracking()
            .Where(e => e.Pending && e.At >= recently && e.PartId != null && e.Kind != LedgerEntryKind.Release)
            .Select(e => e.PartId!.Value)
            .Distinct()
            .Where(part => db.Earnings.Any(r => r.PartId == part && r.ReleasedAt != null))
            .ToListAsync(cancellationToken);
        var sums = touched.Count == 0 ? [] : await db.Ledger.AsNoTracking()
            .Where(e => e.Pending && e.PartId != null && touched.Contains(e.PartId.Value))
            .GroupBy(e => e.PartId!.Value)
            .Select(g => new { Part = g.Key, Amount = g.Sum(e => e.AmountVnd) })
            .ToListAsync(cancellationToken);
        foreach (var part in sums.Where(s => s.Amount != 0).Select(s => s.Part))
        {
            var earning = await db.Earnings.SingleAsync(e => e.PartId == part, cancellationToken);
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
            // The first release of a part is "release:{part}", a late one "release:{part}:{n}": each
            // keyed by the state it moves, so two rounds (or instances) cannot book the same twice.
            var earlier = await db.Ledger.CountAsync(e => e.PartId == earning.PartId && e.Kind == LedgerEntryKind.Release && !e.Pending, cancellationToken);
            var key = earlier == 0 ? $"release:{earning.PartId}" : $"release:{earning.PartId}:{earlier}";
            var first = pending[0];
            db.Ledger.Add(new LedgerEntry(earning.CooperativeId, first.VendorName, LedgerEntryKind.Release, -amount, $"{key}:pending",
                LedgerText.ReleasedFromPending, now, first.OrderId, first.OrderNumber, partId: earning.PartId, pending: true));
            db.Ledger.Add(new LedgerEntry(earning.CooperativeId, first.VendorName, LedgerEntryKind.Release, amount, key,
                LedgerText.Released, now, first.OrderId, first.OrderNumber, partId: earning.PartId));
        }

        if (earning.ReleasedAt is null)
        {
            earning.Released(now);
        }
    }
}

/// <summary>The money rules in force at a moment: the latest set before it, or the defaults.</summary>
internal static class MoneyRulesInForce
{
    public static async Task<MoneyRules> AtAsync(PaymentsDbContext db, DateTimeOffset at, CancellationToken cancellationToken) =>
        await db.MoneyRules.AsNoTracking().Where(r => r.EffectiveFrom <= at).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(cancellationToken)
            ?? MoneyRules.Default;
}
