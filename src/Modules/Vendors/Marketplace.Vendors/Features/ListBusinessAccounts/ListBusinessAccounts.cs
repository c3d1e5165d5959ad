using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.ListBusinessAccounts;

internal sealed class ListBusinessAccountsHandler(VendorsDbContext db)
    : IQueryHandler<ListBusinessAccountsQuery, IReadOnlyList<BusinessAccountView>>,
      IQueryHandler<GetMyBusinessAccountsQuery, IReadOnlyList<BusinessAccountView>>
{
    public async ValueTask<IReadOnlyList<BusinessAccountView>> Handle(ListBusinessAccountsQuery query, CancellationToken cancellationToken)
    {
        var accounts = db.BusinessAccounts.AsNoTracking();
        if (Enum.TryParse<BusinessAccountStatus>(query.Status, ignoreCase: true, out var status))
        {
            accounts = accounts.Where(a => a.Status == status);
        }

        return await NewestFirstAsync(accounts, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<BusinessAccountView>> Handle(GetMyBusinessAccountsQuery query, CancellationToken cancellationToken)
    {
        var mine = await db.BusinessAccounts.AsNoTracking().Where(a => a.AccountId == query.Account).ToListAsync(cancellationToken);
        return mine.OrderByDescending(a => a.RegisteredAt).Select(BusinessAccountViews.From).ToList();
    }

    // Sorted in memory: SQLite cannot order by a DateTimeOffset column.
    private static async Task<IReadOnlyList<BusinessAccountView>> NewestFirstAsync(IQueryable<BusinessAccount> accounts, CancellationToken cancellationToken) =>
        (await accounts.Select(BusinessAccountViews.ToView).ToListAsync(cancellationToken)).OrderByDescending(a => a.RegisteredAt).ToList();
}
