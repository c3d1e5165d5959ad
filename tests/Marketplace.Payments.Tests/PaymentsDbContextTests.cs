using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
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
            ["payments_commission_lines", "payments_commission_rates", "payments_commission_rules", "payments_exchange_rates", "payments_job_leases",
             "payments_ledger_entries", "payments_money_rules", "payments_outbox_messages",
             "payments_part_earnings", "payments_pay_in_requests", "payments_payments", "payments_payout_accounts", "payments_payout_batches",
             "payments_processed_messages", "payments_refunds", "payments_report_day_changes", "payments_report_rollups", "payments_stripe_events",
             "payments_wallet_give_backs"],
            tables);
        Assert.Equal("payments", db.Schema);
    }

    [Fact]
    public async Task LedgerEntriesAndTheChangesNotedForRollups_AreOnlyEverAdded()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new PaymentsDbContext(new DbContextOptionsBuilder<PaymentsDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        var longAgo = DateTimeOffset.UtcNow.AddDays(-30); // a closed day: booking on it notes a change
        var sale = new LedgerEntry(CooperativeId.New(), "HTX", LedgerEntryKind.Sale, 100_000, "sale:test", "Bán hàng", longAgo);
        db.Ledger.Add(sale);
        await db.SaveChangesAsync();
        var change = Assert.Single(await db.Set<ClosedDayChange>().ToListAsync());

        db.Set<ClosedDayChange>().Remove(change);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.Ledger.Remove(await db.Ledger.SingleAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public void OnAServerDatabase_TheModuleUsesItsSchema()
    {
        using var db = new PaymentsDbContext(new DbContextOptionsBuilder<PaymentsDbContext>()
            .UseSqlServer("Server=unused;Database=unused").Options);
        Assert.All(db.Model.GetEntityTypes(), e => Assert.Equal("payments", e.GetSchema()));
    }
}
