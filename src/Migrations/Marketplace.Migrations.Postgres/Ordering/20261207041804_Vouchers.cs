using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Ordering
{
    /// <inheritdoc />
    public partial class Vouchers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "VoucherCode",
                schema: "ordering",
                table: "orders",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "AllianceDiscountVnd",
                schema: "ordering",
                table: "order_parts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "DiscountOnDelivery",
                schema: "ordering",
                table: "order_parts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "DiscountVnd",
                schema: "ordering",
                table: "order_parts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "VoucherCode",
                schema: "ordering",
                table: "carts",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "voucher_redemptions",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VoucherId = table.Column<Guid>(type: "uuid", nullable: false),
                    BuyerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    DiscountVnd = table.Column<long>(type: "bigint", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_voucher_redemptions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "vouchers",
                schema: "ordering",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PercentOff = table.Column<int>(type: "integer", nullable: false),
                    AmountOffVnd = table.Column<long>(type: "bigint", nullable: false),
                    MaxDiscountVnd = table.Column<long>(type: "bigint", nullable: true),
                    MinSpendVnd = table.Column<long>(type: "bigint", nullable: false),
                    TotalLimit = table.Column<int>(type: "integer", nullable: true),
                    PerBuyerLimit = table.Column<int>(type: "integer", nullable: false),
                    Used = table.Column<int>(type: "integer", nullable: false),
                    StartsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AllianceSharePercent = table.Column<int>(type: "integer", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EndedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_vouchers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_voucher_redemptions_OrderId",
                schema: "ordering",
                table: "voucher_redemptions",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_voucher_redemptions_VoucherId_BuyerId_Number",
                schema: "ordering",
                table: "voucher_redemptions",
                columns: new[] { "VoucherId", "BuyerId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vouchers_Code",
                schema: "ordering",
                table: "vouchers",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_vouchers_CooperativeId_CreatedAt",
                schema: "ordering",
                table: "vouchers",
                columns: new[] { "CooperativeId", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "voucher_redemptions",
                schema: "ordering");

            migrationBuilder.DropTable(
                name: "vouchers",
                schema: "ordering");

            migrationBuilder.DropColumn(
                name: "VoucherCode",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "AllianceDiscountVnd",
                schema: "ordering",
                table: "order_parts");

            migrationBuilder.DropColumn(
                name: "DiscountOnDelivery",
                schema: "ordering",
                table: "order_parts");

            migrationBuilder.DropColumn(
                name: "DiscountVnd",
                schema: "ordering",
                table: "order_parts");

            migrationBuilder.DropColumn(
                name: "VoucherCode",
                schema: "ordering",
                table: "carts");
        }
    }
}
