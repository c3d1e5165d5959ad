using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class DayRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payments_report_day_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Report = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_report_day_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_report_rollups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Report = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    First = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Last = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Changes = table.Column<int>(type: "INTEGER", nullable: false),
                    Facts = table.Column<string>(type: "TEXT", nullable: false),
                    BuiltAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_report_rollups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payments_report_day_changes_Report_Day",
                table: "payments_report_day_changes",
                columns: new[] { "Report", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_payments_report_rollups_Report_First_Last",
                table: "payments_report_rollups",
                columns: new[] { "Report", "First", "Last" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_report_day_changes");

            migrationBuilder.DropTable(
                name: "payments_report_rollups");
        }
    }
}
