using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Features.Ledger;

/// <summary>Balances are never stored: they are the sums of the entries, by kind, computed by the database.</summary>
internal sealed class LedgerQueries(PaymentsDbContext db, ISender sender)
    : IQueryHandler<GetVendorLedgerQuery, Result<VendorLedger>>,
      IQueryHandler<ListLedgerBalancesQuery, IReadOnlyList<LedgerBalance>>
{
    public async ValueTask<Result<VendorLedger>> Handle(GetVendorLedgerQuery query, CancellationToken cancellationToken)
    {
        if (!query.ActorIsAdmin && await sender.Send(new GetVendorStaffRoleQuery(query.VendorId, query.ActorEmail), cancellationToken) is null)
        {
            return Error.NotFound("cooperative.not_found", Bilingual.Pick("Không tìm thấy hợp tác xã.", "No such cooperative."));
        }

        var balances = await BalancesAsync([query.VendorId], cancellationToken);
        var entries = await db.Ledger.AsNoTracking().Where(e => e.VendorId == query.VendorId).ToListAsync(cancellationToken);
        return new VendorLedger(
            balances.SingleOrDefault() ?? Empty(query.VendorId, await NameAsync(query.VendorId, cancellationToken)),
            entries.OrderByDescending(e => e.At).ThenBy(e => e.Kind).Select(View).ToList());
    }

    public async ValueTask<IReadOnlyList<LedgerBalance>> Handle(ListLedgerBalancesQuery query, CancellationToken cancellationToken) =>
        await BalancesAsync(null, cancellationToken);

    public static LedgerEntryView View(LedgerEntry e) => new(e.Id, e.At, e.Kind, Money.Dong(e.AmountVnd), e.OrderNumber, LedgerText.Render(e.Description), e.Reverses);

    private async Task<IReadOnlyList<LedgerBalance>> BalancesAsync(IReadOnlyCollection<Guid>? vendorIds, CancellationToken cancellationToken)
    {
        var entries = db.Ledger.AsNoTracking();
        if (vendorIds is not null)
        {
            entries = entries.Where(e => vendorIds.Contains(e.VendorId));
        }

        var sums = await entries.GroupBy(e => new { e.VendorId, e.Kind })
            .Select(g => new { g.Key.VendorId, g.Key.Kind, Amount = g.Sum(e => e.AmountVnd) })
            .ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        var accounts = await db.PayoutAccounts.AsNoTracking().Select(a => a.VendorId).ToListAsync(cancellationToken);
        return sums.GroupBy(s => s.VendorId)
            .Select(vendor =>
            {
                long Sum(LedgerEntryKind kind) => vendor.Where(s => s.Kind == kind).Sum(s => s.Amount);
                return new LedgerBalance(
                    vendor.Key, names.GetValueOrDefault(vendor.Key, vendor.Key.ToString()),
                    Money.Dong(Sum(LedgerEntryKind.Sale)), Money.Dong(-Sum(LedgerEntryKind.Commission)), Money.Dong(-Sum(LedgerEntryKind.Refund)),
                    Money.Dong(-Sum(LedgerEntryKind.CashCollected)), Money.Dong(-Sum(LedgerEntryKind.Payout)), Money.Dong(Sum(LedgerEntryKind.Reversal)),
                    Money.Dong(vendor.Sum(s => s.Amount)), accounts.Contains(vendor.Key));
            })
            .OrderBy(b => b.VendorName, StringComparer.Ordinal)
            .ToList();
    }

    private static LedgerBalance Empty(Guid vendorId, string name) =>
        new(vendorId, name, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, false);

    private async Task<string> NameAsync(Guid vendorId, CancellationToken cancellationToken) =>
        (await NamesAsync(cancellationToken)).GetValueOrDefault(vendorId, vendorId.ToString());

    private async Task<Dictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken) =>
        await db.Ledger.AsNoTracking().GroupBy(e => e.VendorId).Select(g => new { g.Key, Name = g.Max(e => e.VendorName) })
            .ToDictionaryAsync(g => g.Key, g => g.Name ?? string.Empty, cancellationToken);
}
