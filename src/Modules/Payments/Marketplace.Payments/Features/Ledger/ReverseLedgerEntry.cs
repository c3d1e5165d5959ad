using Marketplace.Payments.Data;
using Marketplace.Payments.Features.Settling;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Ledger;

/// <summary>An entry booked in error is undone by its opposite; both stay in the ledger, and an entry is reversed once at most.</summary>
internal sealed class ReverseLedgerEntryHandler(PaymentsDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<ReverseLedgerEntryCommand, Result<LedgerEntryView>>
{
    public async ValueTask<Result<LedgerEntryView>> Handle(ReverseLedgerEntryCommand command, CancellationToken cancellationToken)
    {
        var entry = await db.Ledger.AsNoTracking().SingleOrDefaultAsync(e => e.Id == command.EntryId, cancellationToken);
        if (entry is null)
        {
            return Error.NotFound("ledger.entry_not_found", Bilingual.Pick("Không tìm thấy bút toán.", "No such ledger entry."));
        }

        if (entry.Kind == LedgerEntryKind.Reversal || await db.Ledger.AnyAsync(e => e.Reverses == entry.Id, cancellationToken))
        {
            return Error.Rule("ledger.already_reversed", Bilingual.Pick(
                "Bút toán này đã được đảo (hoặc chính nó là bút toán đảo).",
                "This entry is already reversed (or is itself a reversal)."));
        }

        if (entry.Kind == LedgerEntryKind.Release)
        {
            return Error.Rule("ledger.not_reversible", Bilingual.Pick(
                "Bút toán chuyển tiền chờ giao sang tiền được chi trả không thể đảo riêng lẻ.",
                "A release (pending to payable) cannot be reversed on its own."));
        }

        // A pending entry whose part was released meanwhile is undone from the money it moved to.
        var pending = entry.Pending && !(entry.PartId is { } partId && await Earnings.ReleasedAsync(db, partId, cancellationToken));
        var reversal = entry.Reverse($"{command.Reason.Trim()} ({command.ActorEmail})", clock.GetUtcNow(), pending);
        db.Ledger.Add(reversal);
        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.LedgerReversed, "LedgerEntry", entry.Id, $"{entry.VendorName} {entry.OrderNumber}".Trim(),
            $"{MoneyAudit.Dong(entry.AmountVnd)}: {command.Reason.Trim()}", cancellationToken);
        return LedgerQueries.View(reversal);
    }
}
