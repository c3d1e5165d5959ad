using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Ordering
{
    /// <inheritdoc />
    public partial class OrderReportRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "order_report_rollups",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    First = table.Column<DateOnly>(type: "date", nullable: false),
                    Last = table.Column<DateOnly>(type: "date", nullable: false),
                    Changes = table.Column<int>(type: "int", nullable: false),
                    Facts = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BuiltAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "order_report_rollups",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "sold_day_changes",
                schema: "ordering");
        }
    }
}
