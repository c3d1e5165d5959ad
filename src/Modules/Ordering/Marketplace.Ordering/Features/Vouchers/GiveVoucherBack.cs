using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Vouchers;

/// <summary>
/// An order none of whose parts is sold any more (each cancelled: by the buyer, the cooperative, or
/// its payment's deadline) gives its voucher's use back: the voucher counts one use less and the
/// buyer may use it again. An order with any part still going keeps the use, as it keeps its
/// discount. A parcel that came back after it shipped keeps it too: the voucher was spent on a
/// delivery made, even if the goods were not sold in the end.
/// </summary>
internal sealed class GiveVoucherBackHandler(OrderingDbContext db, TimeProvider clock) : INotificationHandler<OrderCancelledIntegrationEvent>
{
    public async ValueTask Handle(OrderCancelledIntegrationEvent notification, CancellationToken cancellationToken)
    {
        // One transaction: the count's UPDATE, the use's removal and the event's record commit together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.HandleOnceAsync(notification, "ordering.voucher-given-back", clock, async () =>
        {
            var orderId = notification.OrderId;
            var redemption = await db.VoucherRedemptions.SingleOrDefaultAsync(r => r.OrderId == orderId, cancellationToken);
            if (redemption is null || await db.Parts.AnyAsync(p => p.OrderId == orderId && p.Status != PartStatus.Cancelled, cancellationToken))
            {
                return;
            }

            db.VoucherRedemptions.Remove(redemption);
            await db.Vouchers.Where(v => v.Id == redemption.VoucherId && v.Used > 0)
                .ExecuteUpdateAsync(set => set.SetProperty(v => v.Used, v => v.Used - 1), cancellationToken);
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
