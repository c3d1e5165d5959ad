using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Ordering
{
    /// <inheritdoc />
    public partial class DeliveryCarriers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectedBy",
                schema: "ordering",
                table: "order_parts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ExpectedFrom",
                schema: "ordering",
                table: "order_parts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ShipsBy",
                schema: "ordering",
                table: "order_parts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ExpectedBy",
                schema: "ordering",
                table: "order_parts");

            migrationBuilder.DropColumn(
                name: "ExpectedFrom",
                schema: "ordering",
                table: "order_parts");

            migrationBuilder.DropColumn(
                name: "ShipsBy",
                schema: "ordering",
                table: "order_parts");
        }
    }
}
