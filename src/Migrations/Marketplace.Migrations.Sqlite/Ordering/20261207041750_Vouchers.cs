using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class Vouchers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VoucherCode",
                table: "ordering_orders",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AllianceDiscountVnd",
                table: "ordering_order_parts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "DiscountOnDelivery",
                table: "ordering_order_parts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "DiscountVnd",
                table: "ordering_order_parts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "VoucherCode",
                table: "ordering_carts",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ordering_voucher_redemptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VoucherId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuyerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DiscountVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_voucher_redemptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ordering_vouchers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PercentOff = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountOffVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    MaxDiscountVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    MinSpendVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    TotalLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    PerBuyerLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    Used = table.Column<int>(type: "INTEGER", nullable: false),
                    StartsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndsAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AllianceSharePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ordering_vouchers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_voucher_redemptions_OrderId",
                table: "ordering_voucher_redemptions",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_voucher_redemptions_VoucherId_BuyerId_Number",
                table: "ordering_voucher_redemptions",
                columns: new[] { "VoucherId", "BuyerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_vouchers_Code",
                table: "ordering_vouchers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ordering_vouchers_CooperativeId_CreatedAt",
                table: "ordering_vouchers",
                columns: new[] { "CooperativeId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ordering_voucher_redemptions");

            migrationBuilder.DropTable(
                name: "ordering_vouchers");

            migrationBuilder.DropColumn(
                name: "VoucherCode",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "AllianceDiscountVnd",
                table: "ordering_order_parts");

            migrationBuilder.DropColumn(
                name: "DiscountOnDelivery",
                table: "ordering_order_parts");

            migrationBuilder.DropColumn(
                name: "DiscountVnd",
                table: "ordering_order_parts");

            migrationBuilder.DropColumn(
                name: "VoucherCode",
                table: "ordering_carts");
        }
    }
}
