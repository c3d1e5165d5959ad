using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Ordering
{
    /// <inheritdoc />
    public partial class PreorderOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "DepositInOrderVnd",
                schema: "ordering",
                table: "reservations",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "OrderId",
                schema: "ordering",
                table: "reservations",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DepositVnd",
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
                name: "DepositInOrderVnd",
                schema: "ordering",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "OrderId",
                schema: "ordering",
                table: "reservations");

            migrationBuilder.DropColumn(
                name: "DepositVnd",
                schema: "ordering",
                table: "order_parts");
        }
    }
}
