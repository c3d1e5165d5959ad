using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Stripe;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Payouts;

/// <summary>
/// The admin says the bank has made the batch's transfers; first the Stripe lines are paid by
/// Stripe transfers. Each transfer is saved as soon as Stripe confirms it and carries its line's
/// id as idempotency key, so when Stripe fails halfway, marking paid again pays the rest and
/// never a line twice.
/// </summary>
internal sealed class MarkPayoutBatchPaidHandler(PaymentsDbContext db, StripeGateway stripe, ISender sender, TimeProvider clock)
    : IRequestHandler<MarkPayoutBatchPaidCommand, Result<PayoutBatchView>>
{
    public async ValueTask<Result<PayoutBatchView>> Handle(MarkPayoutBatchPaidCommand command, CancellationToken cancellationToken)
    {
        var batch = await db.PayoutBatches.SingleOrDefaultAsync(b => b.Id == command.BatchId, cancellationToken);
        if (batch is null)
        {
            return PayoutBatchQueries.NotFound();
        }

        if (batch.Status == PayoutBatchStatus.Paid)
        {
            return Error.Rule("payout.already_paid", Bilingual.Pick(
                "Đợt chi trả này đã được đánh dấu đã trả.", "This batch is already marked paid."));
        }

        foreach (var line in batch.Lines.Where(l => l.Method == PayoutMethod.StripeTransfer && l.StripeTransferId is null).ToList())
        {
            var transfer = await stripe.TransferAsync(line.LineId, line.StripeAccountId!, line.AmountVnd, batch.Number, cancellationToken);
            if (!transfer.IsSuccess)
            {
                return transfer.Error!;
            }

            batch.Transferred(line.LineId, transfer.Value.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        // Marked paid and recorded in one transaction (the entry joins it on the shared connection).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        batch.MarkPaid(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await sender.RecordAsync(
            command.ActorEmail, MoneyAudit.PayoutBatchPaid, "PayoutBatch", batch.Id, batch.Number,
            MoneyAudit.Dong(batch.Lines.Sum(l => l.AmountVnd)), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return PayoutViews.View(batch);
    }
}
