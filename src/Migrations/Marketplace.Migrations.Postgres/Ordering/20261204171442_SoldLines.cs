using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Ordering
{
    /// <inheritdoc />
    public partial class SoldLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sold_lines",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuyerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PaymentMethod = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    VariantId = table.Column<Guid>(type: "uuid", nullable: true),
                    Sku = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProductName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<int>(type: "integer", nullable: false),
                    GoodsVnd = table.Column<long>(type: "bigint", nullable: false),
                    Cancelled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sold_lines", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_order_parts_Status",
                schema: "ordering",
                table: "order_parts",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_sold_lines_CooperativeId_Day",
                schema: "ordering",
                table: "sold_lines",
                columns: new[] { "CooperativeId", "Day" });

            migrationBuilder.CreateIndex(
                name: "IX_sold_lines_Day_Cancelled",
                schema: "ordering",
                table: "sold_lines",
                columns: new[] { "Day", "Cancelled" });

            migrationBuilder.CreateIndex(
                name: "IX_sold_lines_PartId",
                schema: "ordering",
                table: "sold_lines",
                column: "PartId");

            migrationBuilder.Sql(Marketplace.Ordering.Data.SoldLineBackfill.Postgres);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sold_lines",
                schema: "ordering");

            migrationBuilder.DropIndex(
                name: "IX_order_parts_Status",
                schema: "ordering",
                table: "order_parts");
        }
    }
}
