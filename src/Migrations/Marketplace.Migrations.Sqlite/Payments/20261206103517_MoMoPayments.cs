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

            migrationBuilder.CreateTable(
                name: "payments_wallet_give_backs",
                columns: table => new
                {
                    RefundId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    WalletOrderId = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    TransactionId = table.Column<long>(type: "INTEGER", nullable: false),
                    AmountVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    OrderNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    GivenBackAt = table.Column<long>(type: "INTEGER", nullable: true),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WalletRefundId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_wallet_give_backs", x => x.RefundId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payments_wallet_give_backs_GivenBackAt_NextAttemptAt",
                table: "payments_wallet_give_backs",
                columns: new[] { "GivenBackAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_wallet_give_backs");

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
