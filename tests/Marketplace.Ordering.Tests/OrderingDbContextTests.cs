using Marketplace.Ordering.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Tests;

public sealed class OrderingDbContextTests
{
    [Fact]
    public void OnSqlite_TheModuleKeepsItsTablesUnderItsOwnPrefix()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = new OrderingDbContext(new DbContextOptionsBuilder<OrderingDbContext>().UseSqlite(connection).Options);
        db.Database.EnsureCreated();

        // Owned types (cart lines, order lines, the timeline, a parcel's statuses, a statement's lines) live in their owner's table, as JSON.
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                "ordering_carts", "ordering_cod_remittances", "ordering_contract_deliveries", "ordering_deposit_returns", "ordering_job_leases",
                "ordering_order_parts", "ordering_orders", "ordering_outbox_messages", "ordering_preorder_alerts", "ordering_preorder_windows",
                "ordering_processed_messages", "ordering_quote_requests", "ordering_report_day_changes", "ordering_report_rollups",
                "ordering_reservation_card_deposits", "ordering_reservations", "ordering_return_policies", "ordering_return_requests",
                "ordering_shipments", "ordering_shipped_lots", "ordering_sold_lines", "ordering_supply_contracts",
                "ordering_voucher_redemptions", "ordering_vouchers",
            ],
            tables);
        Assert.Equal("ordering", db.Schema);
    }

    [Fact]
    public void OnAServerDatabase_TheModuleUsesItsSchema()
    {
        using var db = new OrderingDbContext(new DbContextOptionsBuilder<OrderingDbContext>()
            .UseSqlServer("Server=unused;Database=unused").Options);
        Assert.All(db.Model.GetEntityTypes(), e => Assert.Equal("ordering", e.GetSchema()));
    }
}
