using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Payments;

/// <summary>
/// The alliance holds a pre-order's deposit for the cooperative until it is sold or given back:
/// the ledger books, pending, what came in (+) and what is owed back to the buyer (−); the rest
/// leaves when the order it became is paid or delivered (<c>Settlement</c>). Ordering says what a
/// reservation's deposit comes to; what the ledger holds is brought up to it. Each entry's key
/// names the sum it was booked on top of, so two notifications handled at once cannot both add
/// the same difference: the second fails on the key and, retried, finds the first one's entry.
/// </summary>
internal sealed class FollowDepositsHandler(PaymentsDbContext db, TimeProvider clock) : INotificationHandler<ReservationDepositIntegrationEvent>
{
    public async ValueTask Handle(ReservationDepositIntegrationEvent notification, CancellationToken cancellationToken)
    {
        const string handler = "payments.deposit";
        await db.HandleOnceAsync(notification, handler, clock, async () =>
        {
            var received = await BookedAsync($"deposit-in:{notification.ReservationId}:", cancellationToken);
            if (notification.ReceivedVnd > received)
            {
                Book(notification, notification.ReceivedVnd - received, $"deposit-in:{notification.ReservationId}:{received}",
                    LedgerText.DepositIn(notification.ReservationNumber));
            }

            var back = -await BookedAsync($"deposit-back:{notification.ReservationId}:", cancellationToken);
            if (notification.OwedBackVnd > back)
            {
                Book(notification, -(notification.OwedBackVnd - back), $"deposit-back:{notification.ReservationId}:{back}",
                    LedgerText.DepositBack(notification.ReservationNumber));
            }
        }, cancellationToken);
    }

    private async Task<long> BookedAsync(string keyPrefix, CancellationToken cancellationToken) =>
        await db.Ledger.Where(e => e.SourceKey.StartsWith(keyPrefix)).SumAsync(e => e.AmountVnd, cancellationToken);

    private void Book(ReservationDepositIntegrationEvent notification, long amountVnd, string sourceKey, string description) =>
        db.Ledger.Add(new LedgerEntry(
            notification.CooperativeId, notification.VendorName, LedgerEntryKind.Deposit, amountVnd, sourceKey, description, notification.OccurredAt,
            pending: true));
}
