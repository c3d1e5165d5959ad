using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.CardPayments;
using Marketplace.Payments.Features.WalletPayments;
using Marketplace.Payments.Stripe;
using Marketplace.Payments.Wallets;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Deadlines;

/// <summary>Expires the payments whose deadline has passed; answers how many.</summary>
internal sealed record ExpireOverduePaymentsCommand : IRequest<int>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>
/// An order paid in advance holds its stock until its payment deadline. Past it, the payment
/// expires and PaymentFailed (final) tells Ordering to cancel the order, which gives the stock
/// back. A card payment is first asked of Stripe: one that succeeded meanwhile is booked, not
/// expired, and one still open is cancelled at Stripe so it cannot be paid after the order is gone.
/// A wallet payment (MoMo, ZaloPay, VNPay) is asked of its wallet the same way.
/// </summary>
internal sealed class ExpireOverduePaymentsHandler(
    PaymentsDbContext db, StripeGateway stripe, CardOutcomes outcomes, WalletGateways wallets, WalletOutcomes walletOutcomes, TimeProvider clock)
    : IRequestHandler<ExpireOverduePaymentsCommand, int>
{
    public async ValueTask<int> Handle(ExpireOverduePaymentsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var overdue = await db.Payments
            .Where(p => (p.Status == PaymentStatus.Pending || p.Status == PaymentStatus.Failed) && p.DueBy <= now)
            .OrderBy(p => p.DueBy)
            .Take(100)
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var payment in overdue)
        {
            if (payment.StripePaymentIntentId is { } intentId && !await SettledAtStripeAsync(payment, intentId, cancellationToken))
            {
                continue; // Stripe did not answer: next round
            }

            if (payment.WalletOrderId is { } walletOrderId && !await AskedOfWalletAsync(payment, walletOrderId, cancellationToken))
            {
                continue; // the wallet did not answer: next round
            }

            if (payment.Expire(now))
            {
                var reason = PaymentFailureReasons.Expired;
                db.AddIntegrationEvent(new PaymentFailedIntegrationEvent(Guid.NewGuid(), now, payment.OrderId, reason, Final: true));
                expired++;
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return expired;
    }

    private static readonly TimeSpan UnansweredFor = TimeSpan.FromHours(6);

    /// <summary>
    /// True when the wallet has answered (a payment it took is booked), or can no longer be asked (its
    /// keys were removed). An attempt still open there cannot be closed from here: if the shopper pays
    /// it after all, the money goes back (<see cref="WalletOutcomes"/>).
    /// </summary>
    private async Task<bool> AskedOfWalletAsync(Payment payment, string walletOrderId, CancellationToken cancellationToken)
    {
        if (wallets.For(payment.Method) is not { Enabled: true } wallet)
        {
            return true;
        }

        var result = await wallet.QueryAsync(walletOrderId, cancellationToken);
        if (result.IsSuccess && result.Value.Paid)
        {
            await walletOutcomes.ApplyAsync(payment, result.Value, cancellationToken);
        }

        // Unanswered for hours (the wallet refusing our queries, say): the order's stock is not held for ever. A payment
        // it took meanwhile is given back when it is heard of.
        return result.IsSuccess || clock.GetUtcNow() - payment.DueBy > UnansweredFor;
    }

    /// <summary>True when Stripe has said its last word on the intent (booked if it succeeded, cancelled otherwise).</summary>
    private async Task<bool> SettledAtStripeAsync(Payment payment, string intentId, CancellationToken cancellationToken)
    {
        var intent = await stripe.GetPaymentIntentAsync(intentId, cancellationToken);
        if (!intent.IsSuccess)
        {
            return false;
        }

        if (intent.Value.Status == "succeeded")
        {
            await outcomes.ApplyAsync(payment, intent.Value, cancellationToken);
            return true;
        }

        return intent.Value.Status == "canceled" || (await stripe.CancelPaymentIntentAsync(intentId, cancellationToken)).IsSuccess;
    }
}
