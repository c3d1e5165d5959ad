using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class ReturnTransfers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ByTransfer",
                table: "ordering_return_requests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "TransferredAt",
                table: "ordering_return_requests",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TransferredBy",
                table: "ordering_return_requests",
                type: "TEXT",
                maxLength: 256,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ByTransfer",
                table: "ordering_return_requests");

            migrationBuilder.DropColumn(
                name: "TransferredAt",
                table: "ordering_return_requests");

            migrationBuilder.DropColumn(
                name: "TransferredBy",
                table: "ordering_return_requests");
        }
    }
}
