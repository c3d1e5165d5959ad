using Marketplace.SharedKernel.Persistence;
using Marketplace.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// A module's DbContext on a test database, outside any host: for tests whose marketplace runs in
/// other processes, to read what those processes wrote.
/// </summary>
public static class ModuleContexts
{
    public static async Task<T> ReadAsync<TContext, T>(this TestDatabase database, string schema, Func<TContext, Task<T>> read)
        where TContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(read);
        var options = new DatabaseOptions(Enum.Parse<DatabaseProvider>(database.Provider), database.ConnectionString);
        await using var services = new ServiceCollection()
            .AddSingleton(options).AddSingleton<SqliteWriteGate>().AddScoped<ScopeConnection>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var builder = new DbContextOptionsBuilder<TContext>();
        new ModuleDatabase(options).Configure(builder, schema, scope.ServiceProvider);
        await using var db = (TContext)Activator.CreateInstance(typeof(TContext), builder.Options)!;
        return await read(db);
    }
}
