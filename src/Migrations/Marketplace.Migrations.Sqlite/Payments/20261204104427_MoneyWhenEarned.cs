using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class MoneyWhenEarned : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PartId",
                table: "payments_ledger_entries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Pending",
                table: "payments_ledger_entries",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "payments_money_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HoldDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DebtLimitVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    SettlementDay = table.Column<int>(type: "INTEGER", nullable: false),
                    GraceDays = table.Column<int>(type: "INTEGER", nullable: false),
                    EffectiveFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    SetBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_money_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_part_earnings",
                columns: table => new
                {
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PayableFrom = table.Column<long>(type: "INTEGER", nullable: false),
                    ReleasedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_part_earnings", x => x.PartId);
                });

            migrationBuilder.CreateTable(
                name: "payments_pay_in_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VendorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AmountVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DueBy = table.Column<long>(type: "INTEGER", nullable: false),
                    AskedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastReminderAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SalesPaused = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_pay_in_requests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payments_ledger_entries_PartId",
                table: "payments_ledger_entries",
                column: "PartId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_money_rules_EffectiveFrom",
                table: "payments_money_rules",
                column: "EffectiveFrom");

            migrationBuilder.CreateIndex(
                name: "IX_payments_part_earnings_ReleasedAt_PayableFrom",
                table: "payments_part_earnings",
                columns: new[] { "ReleasedAt", "PayableFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_pay_in_requests_CooperativeId_Status",
                table: "payments_pay_in_requests",
                columns: new[] { "CooperativeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_pay_in_requests_Reference",
                table: "payments_pay_in_requests",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_money_rules");

            migrationBuilder.DropTable(
                name: "payments_part_earnings");

            migrationBuilder.DropTable(
                name: "payments_pay_in_requests");

            migrationBuilder.DropIndex(
                name: "IX_payments_ledger_entries_PartId",
                table: "payments_ledger_entries");

            migrationBuilder.DropColumn(
                name: "PartId",
                table: "payments_ledger_entries");

            migrationBuilder.DropColumn(
                name: "Pending",
                table: "payments_ledger_entries");
        }
    }
}
