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
        await using var services = new ServiceCollection().AddSingleton(options).AddScoped<ScopeConnection>().BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        var builder = new DbContextOptionsBuilder<TContext>();
        new ModuleDatabase(options).Configure(builder, schema, scope.ServiceProvider);
        var constructor = typeof(TContext).GetConstructors().Single(); // its options, then what it may be given (a clock), left as their defaults
        await using var db = (TContext)constructor.Invoke([builder.Options, .. constructor.GetParameters().Skip(1).Select(p => p.DefaultValue)]);
        return await read(db);
    }
}
