using Marketplace.Accounts;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Database;

internal static partial class DatabasePreparation
{
    /// <summary>
    /// Brings the database up to date before the first request: every context's migrations,
    /// the roles, and on the embedded default the demo data (with its notifications delivered,
    /// so the first page already shows the demo cooperatives' products). One instance at a time
    /// (<see cref="PreparationLock"/>), after waiting up to "Database:StartupWait" (a minute) for
    /// a database that is not up yet.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Marketplace.Database");
        var database = app.Services.GetRequiredService<DatabaseOptions>();
        var cancellationToken = app.Lifetime.ApplicationStopping;
        var patience = app.Configuration.GetValue("Database:StartupWait", TimeSpan.FromMinutes(1));
        await using var held = await PreparationLock.AcquireAsync(database, patience, logger, cancellationToken);

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;

        foreach (var context in AllContexts(services))
        {
            if (database.Provider == SharedKernel.Persistence.DatabaseProvider.Sqlite)
            {
                // Write-ahead logging lets pages read while the outbox dispatcher writes.
                await context.Database.OpenConnectionAsync(cancellationToken);
                await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                await context.Database.CloseConnectionAsync();
            }

            await context.Database.MigrateAsync(cancellationToken);
        }

        await services.GetRequiredService<RoleSeeder>().EnsureRolesAsync();

        var seedDemoData = app.Configuration.GetValue<bool?>("DemoData:Enabled") ?? database.Provider == SharedKernel.Persistence.DatabaseProvider.Sqlite;
        if (!seedDemoData)
        {
            return;
        }

        foreach (var seeder in services.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }

        foreach (var outbox in services.GetServices<IOutboxProcessor>())
        {
            await outbox.ProcessPendingAsync(cancellationToken);
        }

        LogSeeded(logger);
    }

    public static IEnumerable<DbContext> AllContexts(IServiceProvider services)
    {
        yield return services.GetRequiredService<AccountsDbContext>();
        foreach (var module in services.GetServices<ModuleContextType>())
        {
            yield return (DbContext)services.GetRequiredService(module.ContextType);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data is in place")]
    private static partial void LogSeeded(ILogger logger);
}
