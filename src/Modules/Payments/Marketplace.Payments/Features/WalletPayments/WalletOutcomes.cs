using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Payments;
using Marketplace.Payments.MoMo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Marketplace.Payments.Features.WalletPayments;

/// <summary>
/// What a MoMo result means for its payment, from MoMo's notification, the shopper's way back or
/// a query alike. The payment's own state decides, not the order in which results arrive: a
/// failure after the success finds the payment paid and changes nothing; a replayed success finds
/// it paid; two at the same moment meet at the payment's version, and one of them is booked.
/// </summary>
internal sealed partial class WalletOutcomes(PaymentsDbContext db, MoMoGateway momo, TimeProvider clock, ILogger<WalletOutcomes> logger)
{
    /// <summary>The payment a wallet order id names: "{reference}-{token}", one per attempt.</summary>
    public Task<Payment?> PaymentOfAsync(string walletOrderId, CancellationToken cancellationToken)
    {
        var dash = walletOrderId.LastIndexOf('-');
        var reference = dash > 0 ? walletOrderId[..dash] : walletOrderId;
        return db.Payments.SingleOrDefaultAsync(p => p.Reference == reference, cancellationToken);
    }

    /// <summary>What the result did to the payment (saved by the caller).</summary>
    public async Task<WalletApplied> ApplyAsync(Payment payment, MoMoResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (result.Paid)
        {
            if (result.Amount >= payment.AmountVnd && payment.WalletPaid(result.OrderId, result.TransId, now))
            {
                await Settlement.PaidAsync(db, payment, now, cancellationToken);

                // An attempt opened before a part was cancelled asks the old amount: what is beyond the order goes back.
                if (result.Amount > payment.AmountVnd)
                {
                    await GiveBackAsync(payment, result, "RS", result.Amount - payment.AmountVnd, cancellationToken);
                }

                return WalletApplied.Changed;
            }

            // Money MoMo took that pays nothing: after the order was given up (its stock back on sale), a second
            // attempt paid as well, or less than is due. It goes back whole; a replay finds the refund made.
            if (payment.WalletTransactionId != result.TransId && !await GiveBackAsync(payment, result, "RB", result.Amount, cancellationToken))
            {
                return WalletApplied.Changed;
            }

            return WalletApplied.Unchanged;
        }

        // A failure of an earlier attempt is old news: only the attempt the shopper is on can fail the payment.
        if (!result.Failed || result.OrderId != payment.WalletOrderId)
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
    /// Gives <paramref name="amountVnd"/> of the transaction back through MoMo, under an id of its own.
    /// False when MoMo did not: it is then kept (saved by the caller) and asked again by the payments
    /// watcher until MoMo does (<see cref="GiveBackWalletPaymentsHandler"/>).
    /// </summary>
    private async Task<bool> GiveBackAsync(Payment payment, MoMoResult result, string kind, long amountVnd, CancellationToken cancellationToken)
    {
        var refundId = $"{kind}{result.TransId}";
        var refunded = await momo.RefundAsync(refundId, result.OrderId, result.TransId, amountVnd, $"Hoan tien don {payment.OrderNumber}", cancellationToken);
        if (refunded.IsSuccess)
        {
            LogGivenBack(logger, result.OrderId, amountVnd, payment.Status);
            return true;
        }

        LogNotGivenBack(logger, result.OrderId, amountVnd, payment.Status, refunded.Error!.Code);
        if (await db.WalletGiveBacks.FindAsync([refundId], cancellationToken) is null)
        {
            db.WalletGiveBacks.Add(new WalletGiveBack(
                refundId, result.OrderId, result.TransId, amountVnd, payment.OrderNumber, refunded.Error.Message, clock.GetUtcNow()));
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MoMo order {WalletOrderId}: {Amount} that pays nothing given back (payment {Status})")]
    private static partial void LogGivenBack(ILogger logger, string walletOrderId, long amount, PaymentStatus status);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "MoMo order {WalletOrderId}: giving back {Amount} that pays nothing failed ({Code}, payment {Status}): "
            + "kept, and asked again each round")]
    private static partial void LogNotGivenBack(ILogger logger, string walletOrderId, long amount, PaymentStatus status, string code);
}

/// <summary>What a wallet's result did: nothing new, or a change to save (the payment's, or money kept to give back).</summary>
internal enum WalletApplied
{
    Unchanged,
    Changed,
}
