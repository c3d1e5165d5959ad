using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Accounts;

internal sealed class ListAccountsOpenedHandler(AccountsDbContext db) : IQueryHandler<ListAccountsOpenedQuery, IReadOnlyList<DateTimeOffset>>
{
    public async ValueTask<IReadOnlyList<DateTimeOffset>> Handle(ListAccountsOpenedQuery query, CancellationToken cancellationToken)
    {
        // In UTC: SQLite compares moments as stored, and stores them in UTC.
        var (from, until) = (query.From.ToUniversalTime(), query.Until.ToUniversalTime());
        return await db.Users.AsNoTracking().Where(u => u.CreatedAt >= from && u.CreatedAt < until).Select(u => u.CreatedAt).ToListAsync(cancellationToken);
    }
}
