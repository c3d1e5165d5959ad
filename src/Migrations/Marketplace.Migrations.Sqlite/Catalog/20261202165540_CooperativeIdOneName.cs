using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class CooperativeIdOneName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "VendorId",
                table: "catalog_sellers",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                table: "catalog_reviews",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                table: "catalog_products",
                newName: "CooperativeId");

            migrationBuilder.RenameIndex(
                name: "IX_catalog_products_VendorId_Slug",
                table: "catalog_products",
                newName: "IX_catalog_products_CooperativeId_Slug");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                table: "catalog_moderation_entries",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                table: "catalog_lots",
                newName: "CooperativeId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                table: "catalog_sellers",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                table: "catalog_reviews",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                table: "catalog_products",
                newName: "VendorId");

            migrationBuilder.RenameIndex(
                name: "IX_catalog_products_CooperativeId_Slug",
                table: "catalog_products",
                newName: "IX_catalog_products_VendorId_Slug");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                table: "catalog_moderation_entries",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                table: "catalog_lots",
                newName: "VendorId");
        }
    }
}
