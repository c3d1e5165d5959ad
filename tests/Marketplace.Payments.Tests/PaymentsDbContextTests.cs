using Marketplace.Payments.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Tests;

public sealed class PaymentsDbContextTests
{
    [Fact]
    public void OnSqlite_TheModuleKeepsItsTablesUnderItsOwnPrefix()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new PaymentsDbContext(new DbContextOptionsBuilder<PaymentsDbContext>().UseSqlite(connection).Options);
        db.Database.EnsureCreated();

        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["payments_outbox_messages", "payments_processed_messages"], tables);
        Assert.Equal("payments", db.Schema);
    }

    [Fact]
    public void OnAServerDatabase_TheModuleUsesItsSchema()
    {
        using var db = new PaymentsDbContext(new DbContextOptionsBuilder<PaymentsDbContext>()
            .UseSqlServer("Server=unused;Database=unused").Options);
        Assert.All(db.Model.GetEntityTypes(), e => Assert.Equal("payments", e.GetSchema()));
    }
}
