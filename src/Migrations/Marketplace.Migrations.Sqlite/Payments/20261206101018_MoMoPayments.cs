using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class MoMoPayments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "WalletRefundId",
                table: "payments_refunds",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WalletAmountVnd",
                table: "payments_payments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WalletOrderId",
                table: "payments_payments",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WalletPayUrl",
                table: "payments_payments",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WalletTransactionId",
                table: "payments_payments",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WalletRefundId",
                table: "payments_refunds");

            migrationBuilder.DropColumn(
                name: "WalletAmountVnd",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "WalletOrderId",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "WalletPayUrl",
                table: "payments_payments");

            migrationBuilder.DropColumn(
                name: "WalletTransactionId",
                table: "payments_payments");
        }
    }
}
