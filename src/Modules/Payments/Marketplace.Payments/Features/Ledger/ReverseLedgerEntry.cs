using Marketplace.Payments.Data;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
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

        var reversal = entry.Reverse($"{command.Reason.Trim()} ({command.ActorEmail})", clock.GetUtcNow());
        db.Ledger.Add(reversal);
        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.LedgerReversed, "LedgerEntry", entry.Id, $"{entry.VendorName} {entry.OrderNumber}".Trim(),
            $"{MoneyAudit.Dong(entry.AmountVnd)}: {command.Reason.Trim()}", cancellationToken);
        return LedgerQueries.View(reversal);
    }
}
