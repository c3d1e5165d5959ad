using System.Globalization;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Payouts;

/// <summary>
/// Pays out every positive available balance of a cooperative that has said where its money
/// goes: money earned on delivered parts whose holding period has passed (released by the payments
/// watcher, once, on one instance), never money still pending on parts a cancellation could give back. Each
/// line is booked as a payout entry in the same transaction, so the balance is zero at once and
/// a second batch cannot pay the same money again. A negative balance (commission owed on cash
/// sales) is left to be netted against the next sales, or asked for (see Settling).
/// </summary>
internal sealed class CreatePayoutBatchHandler(PaymentsDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<CreatePayoutBatchCommand, Result<PayoutBatchView>>
{
    public async ValueTask<Result<PayoutBatchView>> Handle(CreatePayoutBatchCommand command, CancellationToken cancellationToken)
    {
        var balances = await db.Ledger.Where(e => !e.Pending).GroupBy(e => e.CooperativeId)
            .Select(g => new { CooperativeId = g.Key, Balance = g.Sum(e => e.AmountVnd), Name = g.Max(e => e.VendorName) })
            .ToListAsync(cancellationToken);
        var accounts = await db.PayoutAccounts.ToDictionaryAsync(a => a.CooperativeId, cancellationToken);
        var lines = balances
            .Where(b => b.Balance > 0 && accounts.ContainsKey(b.CooperativeId))
            .OrderBy(b => b.Name, StringComparer.Ordinal)
            .Select(b =>
            {
                var account = accounts[b.CooperativeId];
                return new PayoutLine(Guid.NewGuid(), b.CooperativeId, b.Name ?? string.Empty, b.Balance,
                    account.PaidByStripe ? PayoutMethod.StripeTransfer : PayoutMethod.BankTransfer,
                    account.BankName, account.AccountNumber, account.AccountHolder, account.StripeAccountId);
            })
            .ToList();
        if (lines.Count == 0)
        {
            return Error.Rule("payout.nothing_due", Bilingual.Pick(
                "Không có hợp tác xã nào có số dư dương và tài khoản nhận tiền.",
                "No cooperative has a positive balance and a payout account."));
        }

        var now = clock.GetUtcNow();
        var batch = new PayoutBatch(await NumberAsync(now, cancellationToken), lines, now, command.ActorEmail);
        db.PayoutBatches.Add(batch);
        foreach (var line in lines)
        {
            db.Ledger.Add(new LedgerEntry(line.CooperativeId, line.VendorName, LedgerEntryKind.Payout, -line.AmountVnd, $"payout:{line.LineId}",
                LedgerText.Payout(batch.Number), now));
        }

        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.PayoutBatchCreated, "PayoutBatch", batch.Id, batch.Number,
            Bilingual.Pick(
                $"{lines.Count} hợp tác xã: {MoneyAudit.Dong(lines.Sum(l => l.AmountVnd))}",
                $"{lines.Count} cooperatives: {MoneyAudit.Dong(lines.Sum(l => l.AmountVnd))}"),
            cancellationToken);
        return PayoutViews.View(batch);
    }

    /// <summary>"CT-20261126-02": the second batch of the day in Vietnam.</summary>
    private async Task<string> NumberAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var prefix = $"CT-{now.ToOffset(VietnamTime.Offset).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-";
        var today = await db.PayoutBatches.CountAsync(b => b.Number.StartsWith(prefix), cancellationToken);
        return $"{prefix}{today + 1:00}";
    }
}
