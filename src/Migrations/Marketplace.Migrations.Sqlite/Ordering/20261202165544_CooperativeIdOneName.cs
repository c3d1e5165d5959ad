using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class CooperativeIdOneName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "VendorId",
                table: "ordering_order_parts",
                newName: "CooperativeId");

            migrationBuilder.RenameIndex(
                name: "IX_ordering_order_parts_VendorId_Status",
                table: "ordering_order_parts",
                newName: "IX_ordering_order_parts_CooperativeId_Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                table: "ordering_order_parts",
                newName: "VendorId");

            migrationBuilder.RenameIndex(
                name: "IX_ordering_order_parts_CooperativeId_Status",
                table: "ordering_order_parts",
                newName: "IX_ordering_order_parts_VendorId_Status");
        }
    }
}
