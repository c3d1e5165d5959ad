using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Payments
{
    /// <inheritdoc />
    public partial class MoneyWhenEarned : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "PartId",
                schema: "payments",
                table: "ledger_entries",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Pending",
                schema: "payments",
                table: "ledger_entries",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "money_rules",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HoldDays = table.Column<int>(type: "integer", nullable: false),
                    DebtLimitVnd = table.Column<long>(type: "bigint", nullable: false),
                    SettlementDay = table.Column<int>(type: "integer", nullable: false),
                    GraceDays = table.Column<int>(type: "integer", nullable: false),
                    EffectiveFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SetBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_money_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "part_earnings",
                schema: "payments",
                columns: table => new
                {
                    PartId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PayableFrom = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReleasedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_part_earnings", x => x.PartId);
                });

            migrationBuilder.CreateTable(
                name: "pay_in_requests",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    VendorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AmountVnd = table.Column<long>(type: "bigint", nullable: false),
                    PaidVnd = table.Column<long>(type: "bigint", nullable: false),
                    Reference = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DueBy = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AskedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastReminderAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SalesPaused = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pay_in_requests", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_PartId",
                schema: "payments",
                table: "ledger_entries",
                column: "PartId");

            migrationBuilder.CreateIndex(
                name: "IX_money_rules_EffectiveFrom",
                schema: "payments",
                table: "money_rules",
                column: "EffectiveFrom");

            migrationBuilder.CreateIndex(
                name: "IX_part_earnings_ReleasedAt_PayableFrom",
                schema: "payments",
                table: "part_earnings",
                columns: new[] { "ReleasedAt", "PayableFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_pay_in_requests_CooperativeId_Status",
                schema: "payments",
                table: "pay_in_requests",
                columns: new[] { "CooperativeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_pay_in_requests_Reference",
                schema: "payments",
                table: "pay_in_requests",
                column: "Reference",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "money_rules",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "part_earnings",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "pay_in_requests",
                schema: "payments");

            migrationBuilder.DropIndex(
                name: "IX_ledger_entries_PartId",
                schema: "payments",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "PartId",
                schema: "payments",
                table: "ledger_entries");

            migrationBuilder.DropColumn(
                name: "Pending",
                schema: "payments",
                table: "ledger_entries");
        }
    }
}
