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

        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["payments_commission_lines", "payments_commission_rates", "payments_commission_rules", "payments_job_leases", "payments_ledger_entries",
             "payments_money_rules", "payments_outbox_messages",
             "payments_part_earnings", "payments_pay_in_requests", "payments_payments", "payments_payout_accounts", "payments_payout_batches",
             "payments_processed_messages", "payments_refunds", "payments_report_day_changes", "payments_report_rollups", "payments_stripe_events"],
            tables);
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
