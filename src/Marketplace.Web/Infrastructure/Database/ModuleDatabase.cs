using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Database;

/// <summary>
/// Points every module's DbContext at the one configured database, each with its own
/// migrations history and, on SQLite, its own table prefix, all on the connection of the scope.
/// </summary>
internal sealed class ModuleDatabase(DatabaseOptions options) : IModuleDatabase
{
    public DatabaseProvider Provider => options.Provider;

    public void Configure(DbContextOptionsBuilder builder, string schema, IServiceProvider scope)
    {
        var shared = scope.GetRequiredService<ScopeConnection>();
        builder.AddInterceptors(UnstorableTextGuard.Instance, new ScopeConnection.Interceptor(shared));
        var connection = shared.Connection;
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(connection, sqlite => sqlite
                    .MigrationsAssembly("Marketplace.Migrations.Sqlite")
                    .MigrationsHistoryTable(ModuleNaming.MigrationsHistoryTable(schema, isSqlite: true)));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(connection, npgsql => npgsql
                    .MigrationsAssembly("Marketplace.Migrations.Postgres")
                    .MigrationsHistoryTable(ModuleNaming.MigrationsHistoryTable(schema, isSqlite: false), schema));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(connection, sqlServer => sqlServer
                    .MigrationsAssembly("Marketplace.Migrations.SqlServer")
                    .MigrationsHistoryTable(ModuleNaming.MigrationsHistoryTable(schema, isSqlite: false), schema));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }
    }
}
