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

    /// <summary>True when the result changed the payment (saved by the caller).</summary>
    public async Task<bool> ApplyAsync(Payment payment, MoMoResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (result.Paid)
        {
            if (result.Amount >= payment.AmountVnd && payment.WalletPaid(result.TransId, now))
            {
                await Settlement.PaidAsync(db, payment, now, cancellationToken);
                return true;
            }

            if (payment.WalletTransactionId != result.TransId)
            {
                // Money MoMo took that pays nothing: after the order was given up (its stock back on sale), a second
                // attempt paid as well, or less than is due. It goes back whole; a replay finds the refund made.
                await GiveBackAsync(payment, result, cancellationToken);
            }

            return false;
        }

        // A failure of an earlier attempt is old news: only the attempt the shopper is on can fail the payment.
        if (result.StillOpen || result.OrderId != payment.WalletOrderId)
        {
            return false;
        }

        var reason = PaymentFailureReasons.WalletDeclined(result.Message);
        if (!payment.WalletFailed(reason))
        {
            return false;
        }

        db.AddIntegrationEvent(new PaymentFailedIntegrationEvent(Guid.NewGuid(), now, payment.OrderId, reason, Final: false));
        return true;
    }

    private async Task GiveBackAsync(Payment payment, MoMoResult result, CancellationToken cancellationToken)
    {
        var refunded = await momo.RefundAsync(
            $"RB{result.TransId}", result.OrderId, result.TransId, result.Amount, $"Hoan tien don {payment.OrderNumber}", cancellationToken);
        if (refunded.IsSuccess)
        {
            LogGivenBack(logger, result.OrderId, result.Amount, payment.Status);
        }
        else
        {
            LogNotGivenBack(logger, result.OrderId, result.Amount, payment.Status, refunded.Error!.Code);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "MoMo order {WalletOrderId} paid {Amount} that pays nothing (payment {Status}): given back")]
    private static partial void LogGivenBack(ILogger logger, string walletOrderId, long amount, PaymentStatus status);

    [LoggerMessage(
        Level = LogLevel.Error,
        Message = "MoMo order {WalletOrderId} paid {Amount} that pays nothing (payment {Status}); giving it back failed ({Code}): "
            + "refund it from MoMo's portal")]
    private static partial void LogNotGivenBack(ILogger logger, string walletOrderId, long amount, PaymentStatus status, string code);
}
