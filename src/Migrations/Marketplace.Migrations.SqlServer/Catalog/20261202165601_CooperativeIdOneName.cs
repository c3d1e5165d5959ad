using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Catalog
{
    /// <inheritdoc />
    public partial class CooperativeIdOneName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "VendorId",
                schema: "catalog",
                table: "sellers",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                schema: "catalog",
                table: "reviews",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                schema: "catalog",
                table: "products",
                newName: "CooperativeId");

            migrationBuilder.RenameIndex(
                name: "IX_products_VendorId_Slug",
                schema: "catalog",
                table: "products",
                newName: "IX_products_CooperativeId_Slug");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                schema: "catalog",
                table: "moderation_entries",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                schema: "catalog",
                table: "lots",
                newName: "CooperativeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                schema: "catalog",
                table: "sellers",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                schema: "catalog",
                table: "reviews",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                schema: "catalog",
                table: "products",
                newName: "VendorId");

            migrationBuilder.RenameIndex(
                name: "IX_products_CooperativeId_Slug",
                schema: "catalog",
                table: "products",
                newName: "IX_products_VendorId_Slug");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                schema: "catalog",
                table: "moderation_entries",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                schema: "catalog",
                table: "lots",
                newName: "VendorId");
        }
    }
}
