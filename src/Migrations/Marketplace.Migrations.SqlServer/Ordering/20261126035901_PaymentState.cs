using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Ordering
{
    /// <inheritdoc />
    public partial class PaymentState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PaidAt",
                schema: "ordering",
                table: "orders",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentProblem",
                schema: "ordering",
                table: "orders",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentState",
                schema: "ordering",
                table: "orders",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "OnDelivery");

            migrationBuilder.AddColumn<bool>(
                name: "AwaitingPayment",
                schema: "ordering",
                table: "order_parts",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "RefundedVnd",
                schema: "ordering",
                table: "order_parts",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PaidAt",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "PaymentProblem",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "PaymentState",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "AwaitingPayment",
                schema: "ordering",
                table: "order_parts");

            migrationBuilder.DropColumn(
                name: "RefundedVnd",
                schema: "ordering",
                table: "order_parts");
        }
    }
}
