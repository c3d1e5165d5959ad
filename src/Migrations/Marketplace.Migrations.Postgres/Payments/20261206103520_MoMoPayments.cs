using System;
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

            migrationBuilder.CreateTable(
                name: "wallet_give_backs",
                schema: "payments",
                columns: table => new
                {
                    RefundId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    WalletOrderId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    TransactionId = table.Column<long>(type: "bigint", nullable: false),
                    AmountVnd = table.Column<long>(type: "bigint", nullable: false),
                    OrderNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    GivenBackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WalletRefundId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wallet_give_backs", x => x.RefundId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wallet_give_backs_GivenBackAt_NextAttemptAt",
                schema: "payments",
                table: "wallet_give_backs",
                columns: new[] { "GivenBackAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wallet_give_backs",
                schema: "payments");

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
