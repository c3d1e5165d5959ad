using Marketplace.SharedKernel.Persistence;
using Marketplace.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

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
        var database = new ModuleDatabase(new DatabaseOptions(provider, connection));
        using var db = Create(context, database);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{context} on {provider} has changes no migration covers: run scripts/add-migration.");
    }

    private static DbContext Create(string context, ModuleDatabase database)
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
        database.Configure(builder, schema);
        return (DbContext)Activator.CreateInstance(type, builder.Options)!;
    }
}
