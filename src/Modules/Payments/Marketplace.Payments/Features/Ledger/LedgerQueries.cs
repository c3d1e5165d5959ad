using Marketplace.Payments.Contracts;
using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Ledger;

/// <summary>Balances are never stored: they are the sums of the entries, by kind, computed by the database.</summary>
internal sealed class LedgerQueries(PaymentsDbContext db, ISender sender)
    : IQueryHandler<GetVendorLedgerQuery, Result<VendorLedger>>,
      IQueryHandler<ListLedgerBalancesQuery, IReadOnlyList<LedgerBalance>>,
      IQueryHandler<GetVendorBalanceQuery, Money>,
      IQueryHandler<HasPayoutAccountQuery, bool>
{
    public async ValueTask<Result<VendorLedger>> Handle(GetVendorLedgerQuery query, CancellationToken cancellationToken)
    {
        if (!query.ActorIsAdmin && await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        var balances = await BalancesAsync([query.CooperativeId], cancellationToken);
        var entries = await db.Ledger.AsNoTracking().Where(e => e.CooperativeId == query.CooperativeId).ToListAsync(cancellationToken);
        var held = await db.Earnings.AsNoTracking()
            .Where(e => e.CooperativeId == query.CooperativeId && e.ReleasedAt == null)
            .ToListAsync(cancellationToken);
        var pendingByPart = entries.Where(e => e.Pending && e.PartId is not null).ToLookup(e => e.PartId!.Value);
        return new VendorLedger(
            balances.SingleOrDefault() ?? Empty(query.CooperativeId, await NameAsync(query.CooperativeId, cancellationToken)),
            entries.OrderByDescending(e => e.At).ThenBy(e => e.Kind).Select(View).ToList(),
            held.OrderBy(e => e.PayableFrom)
                .Select(e => new UpcomingRelease(
                    pendingByPart[e.PartId].FirstOrDefault()?.OrderNumber, e.DeliveredAt, e.PayableFrom,
                    Money.Dong(pendingByPart[e.PartId].Sum(x => x.AmountVnd))))
                .ToList());
    }

    public async ValueTask<IReadOnlyList<LedgerBalance>> Handle(ListLedgerBalancesQuery query, CancellationToken cancellationToken) =>
        await BalancesAsync(null, cancellationToken);

    public async ValueTask<Money> Handle(GetVendorBalanceQuery query, CancellationToken cancellationToken) =>
        Money.Dong(await db.Ledger.AsNoTracking().Where(e => e.CooperativeId == query.CooperativeId).SumAsync(e => e.AmountVnd, cancellationToken));

    public async ValueTask<bool> Handle(HasPayoutAccountQuery query, CancellationToken cancellationToken) =>
        await db.PayoutAccounts.AsNoTracking().AnyAsync(a => a.CooperativeId == query.CooperativeId, cancellationToken);

    public static LedgerEntryView View(LedgerEntry e) =>
        new(e.Id, e.At, e.Kind, Money.Dong(e.AmountVnd), e.OrderNumber, LedgerText.Render(e.Description), e.Reverses, e.Pending);

    private async Task<IReadOnlyList<LedgerBalance>> BalancesAsync(IReadOnlyCollection<CooperativeId>? cooperativeIds, CancellationToken cancellationToken)
    {
        var entries = db.Ledger.AsNoTracking();
        if (cooperativeIds is not null)
        {
            entries = entries.Where(e => cooperativeIds.Contains(e.CooperativeId));
        }

        var sums = await entries.GroupBy(e => new { e.CooperativeId, e.Kind, e.Pending })
            .Select(g => new { g.Key.CooperativeId, g.Key.Kind, g.Key.Pending, Amount = g.Sum(e => e.AmountVnd) })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        var accounts = await db.PayoutAccounts.AsNoTracking().Select(a => a.CooperativeId).ToListAsync(cancellationToken);
        return sums.GroupBy(s => s.CooperativeId)
            .Select(vendor =>
            {
                long Sum(LedgerEntryKind kind) => vendor.Where(s => s.Kind == kind).Sum(s => s.Amount);
                return new LedgerBalance(
                    vendor.Key, names.GetValueOrDefault(vendor.Key, vendor.Key.ToString()),
                    Money.Dong(Sum(LedgerEntryKind.Sale)), Money.Dong(-Sum(LedgerEntryKind.Commission)), Money.Dong(-Sum(LedgerEntryKind.Refund)),
                    Money.Dong(-Sum(LedgerEntryKind.CashCollected)), Money.Dong(-Sum(LedgerEntryKind.Payout)), Money.Dong(Sum(LedgerEntryKind.Reversal)),
                    Money.Dong(Sum(LedgerEntryKind.PayIn)), Money.Dong(Sum(LedgerEntryKind.Deposit)), Money.Dong(vendor.Sum(s => s.Amount)),
                    Money.Dong(vendor.Where(s => s.Pending).Sum(s => s.Amount)), Money.Dong(vendor.Where(s => !s.Pending).Sum(s => s.Amount)),
                    accounts.Contains(vendor.Key),
                    Money.Dong(-Sum(LedgerEntryKind.Shipping)))
                {
                    Promotions = Money.Dong(Sum(LedgerEntryKind.Promotion)),
                };
            })
            .OrderBy(b => b.VendorName, StringComparer.Ordinal)
            .ToList();
    }

    private static LedgerBalance Empty(CooperativeId cooperativeId, string name) =>
        new(
            cooperativeId, name, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero,
            Money.Zero, false);

    private async Task<string> NameAsync(CooperativeId cooperativeId, CancellationToken cancellationToken) =>
        (await NamesAsync(cancellationToken)).GetValueOrDefault(cooperativeId, cooperativeId.ToString());

    private async Task<Dictionary<CooperativeId, string>> NamesAsync(CancellationToken cancellationToken) =>
        await db.Ledger.AsNoTracking().GroupBy(e => e.CooperativeId).Select(g => new { g.Key, Name = g.Max(e => e.VendorName) })
            .ToDictionaryAsync(g => g.Key, g => g.Name ?? string.Empty, cancellationToken);
}
