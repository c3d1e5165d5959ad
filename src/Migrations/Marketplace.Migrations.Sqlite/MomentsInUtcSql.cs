using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Migrations.Sqlite;

/// <summary>
/// The SQL of each module's MomentsInUtc migration: its moments kept with an offset other than UTC
/// rewritten in UTC (<see cref="SqliteMoments"/>), the columns read from the module's own model.
/// </summary>
internal static class MomentsInUtcSql
{
    public static string Of<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        using var context = create(new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=:memory:").Options);
        return SqliteMoments.ToUtc(context);
    }
}
