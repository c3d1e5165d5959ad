using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.Wallets;
using Marketplace.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Payments.Features.WalletPayments;

/// <summary>
/// What a wallet's result means for its payment, from the wallet's notification, the shopper's way
/// back or a query alike, whichever wallet it is. The payment's own state decides, not the order in which results arrive: a
/// failure after the success finds the payment paid and changes nothing; a replayed success finds
/// it paid; two at the same moment meet at the payment's version, and one of them is booked.
/// </summary>
internal sealed partial class WalletOutcomes(PaymentsDbContext db, WalletGateways wallets, TimeProvider clock, ILogger<WalletOutcomes> logger)
{
    /// <summary>The payment a wallet order id names (<see cref="WalletAttempts.Reference"/>), one id per attempt.</summary>
    public Task<Payment?> PaymentOfAsync(string walletOrderId, CancellationToken cancellationToken)
    {
        var reference = WalletAttempts.Reference(walletOrderId);
        return db.Payments.SingleOrDefaultAsync(p => p.Reference == reference, cancellationToken);
    }

    /// <summary>
    /// Books a wallet's notification, its signature already checked: once however often it comes.
    /// The payment's state and version decide, so a replay finds it booked, a late failure finds it
    /// paid, and two at the same moment (or the notification and the shopper's way back) book it once.
    /// </summary>
    public async Task<Result<WalletNoticeOutcome>> BookNoticeAsync(PaymentMethod method, WalletResult notice, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var payment = await PaymentOfAsync(notice.WalletOrderId, cancellationToken);
            if (payment is null || payment.Method != method)
            {
                return PaymentBook.NotFound();
            }

            if (await ApplyAsync(payment, notice, cancellationToken) == WalletApplied.Unchanged)
            {
                return new WalletNoticeOutcome(notice.WalletOrderId, notice.Code, Changed: false);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new WalletNoticeOutcome(notice.WalletOrderId, notice.Code, Changed: true);
            }
            catch (DbUpdateException)
            {
                // Booked at the same moment by the same notification again, or by the shopper's way back: look again.
                db.ChangeTracker.Clear();
            }
        }

        return Error.Conflict("webhook.retry", "The payment changed while this notification was handled; send it again.");
    }

    /// <summary>What the result did to the payment (saved by the caller).</summary>
    public async Task<WalletApplied> ApplyAsync(Payment payment, WalletResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (result.Paid)
        {
            if (result.AmountVnd >= payment.AmountVnd && payment.WalletPaid(result.WalletOrderId, result.TransactionId, now))
            {
                await Settlement.PaidAsync(db, payment, now, cancellationToken);

                // An attempt opened before a part was cancelled asks the old amount: what is beyond the order goes back.
                if (result.AmountVnd > payment.AmountVnd)
                {
                    await GiveBackAsync(payment, result, "RS", result.AmountVnd - payment.AmountVnd, cancellationToken);
                }

                return WalletApplied.Changed;
            }

            // Money the wallet took that pays nothing: after the order was given up (its stock back on sale), a second
            // attempt paid as well, or less than is due. It goes back whole; a replay finds the refund made.
            return payment.WalletTransactionId != result.TransactionId
                ? await GiveBackAsync(payment, result, "RB", result.AmountVnd, cancellationToken)
                : WalletApplied.Unchanged;
        }

        // A failure of an earlier attempt is old news: only the attempt the shopper is on can fail the payment.
        if (!result.Failed || result.WalletOrderId != payment.WalletOrderId)
        {
            return WalletApplied.Unchanged;
        }

        var reason = PaymentFailureReasons.WalletDeclined(result.Message);
        if (!payment.WalletFailed(reason))
        {
            return WalletApplied.Unchanged;
        }

        db.AddIntegrationEvent(new PaymentFailedIntegrationEvent(Guid.NewGuid(), now, payment.OrderId, reason, Final: false));
        return WalletApplied.Changed;
    }

    /// <summary>
    /// Gives <paramref name="amountVnd"/> of the transaction back through its wallet, under an id of its
    /// own, and keeps it (<see cref="WalletGiveBack"/>, saved by the caller): made, so that the same
    /// result again (a replayed notification) finds it made and asks nothing of the wallet, which not
    /// every wallet could answer (VNPay cannot look a refund up); or not made, and then asked again by
    /// the payments watcher until the wallet makes it (<see cref="GiveBackWalletPaymentsHandler"/>).
    /// </summary>
    private async Task<WalletApplied> GiveBackAsync(Payment payment, WalletResult result, string kind, long amountVnd, CancellationToken cancellationToken)
    {
        var refundId = $"{kind}{result.TransactionId}";
        var kept = await db.WalletGiveBacks.FindAsync([refundId], cancellationToken);
        if (kept?.GivenBackAt is not null)
        {
            return WalletApplied.Unchanged;
        }

        var refund = new WalletRefund(
            refundId, result.WalletOrderId, result.TransactionId, amountVnd, payment.OrderNumber, kept?.CreatedAt ?? clock.GetUtcNow())
        {
            Whole = amountVnd == result.AmountVnd,
        };
        var refunded = await wallets.For(payment.Method)!.RefundAsync(refund, cancellationToken);
        if (kept is null)
        {
            kept = new WalletGiveBack(
                refundId, result.WalletOrderId, result.TransactionId, amountVnd, payment.OrderNumber, refunded.Error?.Message ?? string.Empty,
                refund.FirstAskedAt);
            db.WalletGiveBacks.Add(kept);
        }

        if (refunded.IsSuccess)
        {
            kept.GivenBack(refunded.Value, clock.GetUtcNow());
            LogGivenBack(logger, result.WalletOrderId, amountVnd, payment.Status);
        }
        else
        {
            LogNotGivenBack(logger, result.WalletOrderId, amountVnd, payment.Status, refunded.Error!.Code);
        }

        return WalletApplied.Changed;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Wallet order {WalletOrderId}: {Amount} that pays nothing given back (payment {Status})")]
    private static partial void LogGivenBack(ILogger logger, string walletOrderId, long amount, PaymentStatus status);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Wallet order {WalletOrderId}: giving back {Amount} that pays nothing failed ({Code}, payment {Status}): "
            + "kept, and asked again each round")]
    private static partial void LogNotGivenBack(ILogger logger, string walletOrderId, long amount, PaymentStatus status, string code);
}

/// <summary>What a wallet's result did: nothing new, or a change to save (the payment's, or money kept to give back).</summary>
internal enum WalletApplied
{
    Unchanged,
    Changed,
}
