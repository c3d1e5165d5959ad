using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class DeliveryCarriers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectedBy",
                table: "ordering_order_parts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectedFrom",
                table: "ordering_order_parts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShipsBy",
                table: "ordering_order_parts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpectedBy",
                table: "ordering_order_parts");

            migrationBuilder.DropColumn(
                name: "ExpectedFrom",
                table: "ordering_order_parts");

            migrationBuilder.DropColumn(
                name: "ShipsBy",
                table: "ordering_order_parts");
        }
    }
}
