using System.Globalization;
using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.MoMo;
using Marketplace.SharedKernel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.WalletPayments;

/// <summary>Asks the wallet again for the money kept to give back (<see cref="Domain.WalletGiveBack"/>); answers how many went back.</summary>
internal sealed record GiveBackWalletPaymentsCommand : IRequest<int>, IOwnsTransaction<PaymentsTransaction>;

/// <summary>
/// One round of the payments watcher: each give-back whose time has come is asked of MoMo again, under
/// its own refund id (an id MoMo has seen is refused, and the gateway then looks for the refund in
/// the payment's list), so a retry never gives the money back twice. Each try that fails waits longer
/// before the next (2, 4 … minutes, at most 6 hours), and MoMo away ends the round. The rows stay
/// for the admins to see in the database, with the last error.
/// </summary>
internal sealed class GiveBackWalletPaymentsHandler(PaymentsDbContext db, MoMoGateway momo, TimeProvider clock)
    : IRequestHandler<GiveBackWalletPaymentsCommand, int>
{
    public async ValueTask<int> Handle(GiveBackWalletPaymentsCommand command, CancellationToken cancellationToken)
    {
        if (!momo.Enabled)
        {
            return 0;
        }

        var now = clock.GetUtcNow();
        var due = await db.WalletGiveBacks.Where(g => g.GivenBackAt == null && g.NextAttemptAt <= now)
            .OrderBy(g => g.NextAttemptAt).Take(20).ToListAsync(cancellationToken);
        var givenBack = 0;
        foreach (var giveBack in due)
        {
            var refunded = await momo.RefundAsync(
                giveBack.RefundId, giveBack.WalletOrderId, giveBack.TransactionId, giveBack.AmountVnd, $"Hoan tien don {giveBack.OrderNumber}",
                cancellationToken);
            if (refunded.IsSuccess)
            {
                giveBack.GivenBack(refunded.Value.ToString(CultureInfo.InvariantCulture), clock.GetUtcNow());
                givenBack++;
            }
            else
            {
                giveBack.StillNot(refunded.Error!.Message, clock.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            if (refunded.Error?.Type == Marketplace.SharedKernel.Results.ErrorType.Unavailable)
            {
                break; // MoMo is away: the others wait for the next round rather than each waiting out its timeout
            }
        }

        return givenBack;
    }
}
