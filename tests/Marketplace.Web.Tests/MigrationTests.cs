using Marketplace.SharedKernel.Persistence;
using Marketplace.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests;

/// <summary>Fails when a model change has no migration, for every module and every provider.</summary>
public sealed class MigrationTests
{
    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            foreach (var context in new[] { "Accounts", "Vendors", "Catalog", "Ordering", "Payments" })
            {
                data.Add(provider, context);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryModelChange_HasAMigration(DatabaseProvider provider, string context)
    {
        var connection = provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.Postgres => "Host=unused;Database=unused",
            _ => "Server=unused;Database=unused",
        };
        var options = new DatabaseOptions(provider, connection);
        var database = new ModuleDatabase(options);
        using var services = new ServiceCollection().AddSingleton(options).AddSingleton<SqliteWriteGate>().AddScoped<ScopeConnection>().BuildServiceProvider();
        using var scope = services.CreateScope();
        using var db = Create(context, database, scope.ServiceProvider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{context} on {provider} has changes no migration covers: run scripts/add-migration.");
    }

    private static DbContext Create(string context, ModuleDatabase database, IServiceProvider scope)
    {
        var type = context switch
        {
            "Accounts" => typeof(Marketplace.Accounts.AccountsDbContext),
            "Vendors" => typeof(Marketplace.Vendors.Data.VendorsDbContext),
            "Catalog" => typeof(Marketplace.Catalog.Data.CatalogDbContext),
            "Ordering" => typeof(Marketplace.Ordering.Data.OrderingDbContext),
            _ => typeof(Marketplace.Payments.Data.PaymentsDbContext),
        };
        var schema = context.ToLowerInvariant();
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(type))!;
        database.Configure(builder, schema, scope);
        return (DbContext)Activator.CreateInstance(type, builder.Options)!;
    }
}
