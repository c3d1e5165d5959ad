using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Payments
{
    /// <inheritdoc />
    public partial class MoMoPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WalletRefundId",
                schema: "payments",
                table: "refunds",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WalletAmountVnd",
                schema: "payments",
                table: "payments",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WalletOrderId",
                schema: "payments",
                table: "payments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WalletPayUrl",
                schema: "payments",
                table: "payments",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WalletTransactionId",
                schema: "payments",
                table: "payments",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WalletRefundId",
                schema: "payments",
                table: "refunds");

            migrationBuilder.DropColumn(
                name: "WalletAmountVnd",
                schema: "payments",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "WalletOrderId",
                schema: "payments",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "WalletPayUrl",
                schema: "payments",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "WalletTransactionId",
                schema: "payments",
                table: "payments");
        }
    }
}
