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
/// One round of the payments watcher: each give-back not yet made is asked of MoMo again, under its
/// own refund id (MoMo refuses an id it has seen, and the gateway then finds the refund made), so a
/// retry never gives the money back twice. MoMo still away: the next round asks again.
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

        var pending = await db.WalletGiveBacks.Where(g => g.GivenBackAt == null).OrderBy(g => g.CreatedAt).Take(50).ToListAsync(cancellationToken);
        var givenBack = 0;
        foreach (var giveBack in pending)
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
                giveBack.StillNot(refunded.Error!.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return givenBack;
    }
}
