using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class DayRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The orders report's rollups move to the tables every report shares. They are sums kept
            // to be read faster, and the changes only tell them apart: both start empty, and are
            // built again by the first report or the hourly round.
            migrationBuilder.DropTable(
                name: "ordering_order_report_rollups");

            migrationBuilder.DropTable(
                name: "ordering_sold_day_changes");

            migrationBuilder.CreateTable(
                name: "ordering_report_day_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Report = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_report_day_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_report_rollups",
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
                    table.PrimaryKey("PK_ordering_report_rollups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_report_day_changes_Report_Day",
                table: "ordering_report_day_changes",
                columns: new[] { "Report", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_report_rollups_Report_First_Last",
                table: "ordering_report_rollups",
                columns: new[] { "Report", "First", "Last" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_report_day_changes");

            migrationBuilder.DropTable(
                name: "ordering_report_rollups");

            migrationBuilder.CreateTable(
                name: "ordering_order_report_rollups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuiltAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Changes = table.Column<int>(type: "INTEGER", nullable: false),
                    Facts = table.Column<string>(type: "TEXT", nullable: false),
                    First = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Last = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_order_report_rollups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_sold_day_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_sold_day_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_order_report_rollups_First_Last",
                table: "ordering_order_report_rollups",
                columns: new[] { "First", "Last" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_sold_day_changes_Day",
                table: "ordering_sold_day_changes",
                column: "Day");
        }
    }
}
