using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Payments
{
    /// <inheritdoc />
    public partial class DayRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_day_changes",
                schema: "payments",
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
                schema: "payments",
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
                schema: "payments",
                table: "report_day_changes",
                columns: new[] { "Report", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_report_rollups_Report_First_Last",
                schema: "payments",
                table: "report_rollups",
                columns: new[] { "Report", "First", "Last" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_day_changes",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "report_rollups",
                schema: "payments");
        }
    }
}
