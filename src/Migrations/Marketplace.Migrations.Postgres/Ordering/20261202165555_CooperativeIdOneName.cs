using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Ordering
{
    /// <inheritdoc />
    public partial class CooperativeIdOneName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "VendorId",
                schema: "ordering",
                table: "order_parts",
                newName: "CooperativeId");

            migrationBuilder.RenameIndex(
                name: "IX_order_parts_VendorId_Status",
                schema: "ordering",
                table: "order_parts",
                newName: "IX_order_parts_CooperativeId_Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                schema: "ordering",
                table: "order_parts",
                newName: "VendorId");

            migrationBuilder.RenameIndex(
                name: "IX_order_parts_CooperativeId_Status",
                schema: "ordering",
                table: "order_parts",
                newName: "IX_order_parts_VendorId_Status");
        }
    }
}
