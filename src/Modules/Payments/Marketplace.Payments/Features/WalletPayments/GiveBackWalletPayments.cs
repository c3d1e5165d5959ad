using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Wallets;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.WalletPayments;

/// <summary>Asks the wallet again for the money kept to give back (<see cref="Domain.WalletGiveBack"/>); answers how many went back.</summary>
internal sealed record GiveBackWalletPaymentsCommand : IRequest<int>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>
/// One round of the payments watcher: each give-back whose time has come is asked of its wallet again,
/// under its own refund id (an id the wallet has seen gives nothing twice: the gateway then finds the
/// refund made), so a retry never gives the money back twice. Each try that fails waits longer before
/// the next (2, 4 … minutes, at most 6 hours), and a wallet that does not answer is not asked again in
/// the round. The rows stay for the admins to see in the database, with the last error.
/// </summary>
internal sealed class GiveBackWalletPaymentsHandler(PaymentsDbContext db, WalletGateways wallets, WalletOutcomes outcomes, TimeProvider clock)
    : IRequestHandler<GiveBackWalletPaymentsCommand, int>
{
    public async ValueTask<int> Handle(GiveBackWalletPaymentsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.WalletGiveBacks.Where(g => g.GivenBackAt == null && g.NextAttemptAt <= now)
            .OrderBy(g => g.NextAttemptAt).Take(20).ToListAsync(cancellationToken);
        var givenBack = 0;
        var away = new HashSet<IWalletGateway>();
        foreach (var giveBack in due)
        {
            // The wallet is the payment's: its attempt's id names it.
            var payment = await outcomes.PaymentOfAsync(giveBack.WalletOrderId, cancellationToken);
            if (payment is null || wallets.For(payment.Method) is not { Enabled: true } wallet)
            {
                // Its wallet is off (its keys removed): asked again later, so that it does not hold the others' turn.
                giveBack.StillNot("The wallet is not configured.", clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
                continue;
            }

            if (away.Contains(wallet))
            {
                continue;
            }

            var refunded = await wallet.RefundAsync(
                new WalletRefund(
                    giveBack.RefundId, giveBack.WalletOrderId, giveBack.TransactionId, giveBack.AmountVnd, giveBack.OrderNumber, giveBack.CreatedAt)
                {
                    Whole = giveBack.RefundId.StartsWith("RB", StringComparison.Ordinal), // "RB": the whole payment back
                },
                cancellationToken);
            if (refunded.IsSuccess)
            {
                giveBack.GivenBack(refunded.Value, clock.GetUtcNow());
                givenBack++;
            }
            else
            {
                giveBack.StillNot(refunded.Error!.Message, clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            if (refunded.Error?.Type == Marketplace.SharedKernel.Results.ErrorType.Unavailable)
            {
                away.Add(wallet); // away: its others wait for the next round rather than each waiting out its timeout
            }
        }

        return givenBack;
    }
}
