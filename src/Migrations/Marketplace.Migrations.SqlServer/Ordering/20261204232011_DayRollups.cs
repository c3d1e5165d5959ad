using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Ordering
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
                name: "order_report_rollups",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "sold_day_changes",
                schema: "ordering");

            migrationBuilder.CreateTable(
                name: "report_day_changes",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Report = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_day_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "report_rollups",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Report = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    First = table.Column<DateOnly>(type: "date", nullable: false),
                    Last = table.Column<DateOnly>(type: "date", nullable: false),
                    Changes = table.Column<int>(type: "int", nullable: false),
                    Facts = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_rollups", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_report_day_changes_Report_Day",
                schema: "ordering",
                table: "report_day_changes",
                columns: new[] { "Report", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_report_rollups_Report_First_Last",
                schema: "ordering",
                table: "report_rollups",
                columns: new[] { "Report", "First", "Last" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_day_changes",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "report_rollups",
                schema: "ordering");

            migrationBuilder.CreateTable(
                name: "order_report_rollups",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Changes = table.Column<int>(type: "int", nullable: false),
                    Facts = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    First = table.Column<DateOnly>(type: "date", nullable: false),
                    Last = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_order_report_rollups", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sold_day_changes",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sold_day_changes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_order_report_rollups_First_Last",
                schema: "ordering",
                table: "order_report_rollups",
                columns: new[] { "First", "Last" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sold_day_changes_Day",
                schema: "ordering",
                table: "sold_day_changes",
                column: "Day");
        }
    }
}
