using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class PreorderOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DepositInOrderVnd",
                table: "ordering_reservations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrderId",
                table: "ordering_reservations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DepositVnd",
                table: "ordering_order_parts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DepositInOrderVnd",
                table: "ordering_reservations");

            migrationBuilder.DropColumn(
                name: "OrderId",
                table: "ordering_reservations");

            migrationBuilder.DropColumn(
                name: "DepositVnd",
                table: "ordering_order_parts");
        }
    }
}
