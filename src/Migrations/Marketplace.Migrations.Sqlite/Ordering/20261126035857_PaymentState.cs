using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class PaymentState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PaidAt",
                table: "ordering_orders",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentProblem",
                table: "ordering_orders",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PaymentState",
                table: "ordering_orders",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "OnDelivery");

            migrationBuilder.AddColumn<bool>(
                name: "AwaitingPayment",
                table: "ordering_order_parts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "RefundedVnd",
                table: "ordering_order_parts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PaidAt",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "PaymentProblem",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "PaymentState",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "AwaitingPayment",
                table: "ordering_order_parts");

            migrationBuilder.DropColumn(
                name: "RefundedVnd",
                table: "ordering_order_parts");
        }
    }
}
