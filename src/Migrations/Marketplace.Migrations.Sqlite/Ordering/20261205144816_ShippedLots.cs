using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class ShippedLots : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ordering_shipped_lots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LotCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VariantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    ShippedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecalledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RecallReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_shipped_lots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipped_lots_LotId",
                table: "ordering_shipped_lots",
                column: "LotId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipped_lots_OrderId",
                table: "ordering_shipped_lots",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_shipped_lots_PartId",
                table: "ordering_shipped_lots",
                column: "PartId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_shipped_lots");
        }
    }
}
