using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class SupplyContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ordering_supply_contracts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VendorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VariantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Delivery = table.Column<string>(type: "TEXT", nullable: false),
                    Offers = table.Column<string>(type: "TEXT", nullable: true),
                    Terms = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_supply_contracts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_contract_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_contract_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ordering_contract_deliveries_ordering_supply_contracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "ordering_supply_contracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_reservations_OrderId",
                table: "ordering_reservations",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_contract_deliveries_ContractId",
                table: "ordering_contract_deliveries",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_contract_deliveries_PartId",
                table: "ordering_contract_deliveries",
                column: "PartId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_contract_deliveries_Status_DueOn",
                table: "ordering_contract_deliveries",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_supply_contracts_BuyerId_CreatedAt",
                table: "ordering_supply_contracts",
                columns: new[] { "BuyerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_supply_contracts_CooperativeId_CreatedAt",
                table: "ordering_supply_contracts",
                columns: new[] { "CooperativeId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_supply_contracts_Number",
                table: "ordering_supply_contracts",
                column: "Number",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_contract_deliveries");

            migrationBuilder.DropTable(
                name: "ordering_supply_contracts");

            migrationBuilder.DropIndex(
                name: "IX_ordering_reservations_OrderId",
                table: "ordering_reservations");
        }
    }
}
