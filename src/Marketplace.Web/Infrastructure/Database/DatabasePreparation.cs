using Marketplace.Accounts;
using Marketplace.SharedKernel.Outbox;
using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Database;

internal static partial class DatabasePreparation
{
    /// <summary>
    /// Before the first request, unless "Database:MigrateOnStart" is false: <see cref="MigrateDatabaseAsync"/>.
    /// An operator who runs several instances on a server database sets it false and runs the
    /// release step (<c>dotnet Marketplace.Web.dll migrate</c>) once per release; the instances
    /// then start at once and stay not ready (/health/ready) until the schema is current.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue("Database:MigrateOnStart", defaultValue: true))
        {
            await app.MigrateDatabaseAsync();
        }
        else
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Marketplace.Database");
            LogLeftToReleaseStep(logger);
        }
    }

    /// <summary>
    /// Brings the database up to date: every context's migrations, the roles, and on the embedded
    /// default the demo data (with its notifications delivered, so the first page already shows the
    /// demo cooperatives' products). One instance at a time (<see cref="PreparationLock"/>), after
    /// waiting up to "Database:StartupWait" (a minute) for a database that is not up yet.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this WebApplication app)
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
        foreach (var upgrade in services.GetServices<IDataUpgrade>())
        {
            await upgrade.UpgradeAsync(cancellationToken);
        }

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

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Migrations are left to the release step (Database:MigrateOnStart is false): not ready until the schema is current")]
    private static partial void LogLeftToReleaseStep(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data is in place")]
    private static partial void LogSeeded(ILogger logger);
}
