using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class LedgerDays : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_payments_ledger_entries_At_Kind",
                table: "payments_ledger_entries");

            migrationBuilder.AddColumn<DateOnly>(
                name: "Day",
                table: "payments_ledger_entries",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Entries booked before the day was kept: their Vietnamese day, from their instant.
            migrationBuilder.Sql(Marketplace.Payments.Data.LedgerDayBackfill.Sqlite);

            migrationBuilder.CreateIndex(
                name: "IX_payments_ledger_entries_Day_Kind_CooperativeId_AmountVnd",
                table: "payments_ledger_entries",
                columns: new[] { "Day", "Kind", "CooperativeId", "AmountVnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_payments_ledger_entries_Day_Kind_CooperativeId_AmountVnd",
                table: "payments_ledger_entries");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "payments_ledger_entries");

            migrationBuilder.CreateIndex(
                name: "IX_payments_ledger_entries_At_Kind",
                table: "payments_ledger_entries",
                columns: new[] { "At", "Kind" });
        }
    }
}
