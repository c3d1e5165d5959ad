using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class SoldLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ordering_sold_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    VariantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodsVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Cancelled = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_sold_lines", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_order_parts_Status",
                table: "ordering_order_parts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_sold_lines_CooperativeId_Day",
                table: "ordering_sold_lines",
                columns: new[] { "CooperativeId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_sold_lines_Day_Cancelled",
                table: "ordering_sold_lines",
                columns: new[] { "Day", "Cancelled" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_sold_lines_PartId",
                table: "ordering_sold_lines",
                column: "PartId");

            migrationBuilder.Sql(Marketplace.Ordering.Data.SoldLineBackfill.Sqlite);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_sold_lines");

            migrationBuilder.DropIndex(
                name: "IX_ordering_order_parts_Status",
                table: "ordering_order_parts");
        }
    }
}
