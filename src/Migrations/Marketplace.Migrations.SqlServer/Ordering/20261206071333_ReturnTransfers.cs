using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Ordering
{
    /// <inheritdoc />
    public partial class ReturnTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ByTransfer",
                schema: "ordering",
                table: "return_requests",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TransferredAt",
                schema: "ordering",
                table: "return_requests",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferredBy",
                schema: "ordering",
                table: "return_requests",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ByTransfer",
                schema: "ordering",
                table: "return_requests");

            migrationBuilder.DropColumn(
                name: "TransferredAt",
                schema: "ordering",
                table: "return_requests");

            migrationBuilder.DropColumn(
                name: "TransferredBy",
                schema: "ordering",
                table: "return_requests");
        }
    }
}
