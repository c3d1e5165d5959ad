using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class ProductSellerCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_catalog_products_Status_HiddenByAdmin_FromPriceVnd",
                table: "catalog_products");

            migrationBuilder.AddColumn<string>(
                name: "Province",
                table: "catalog_products",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "SellerActive",
                table: "catalog_products",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "VendorSlug",
                table: "catalog_products",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_Status_HiddenByAdmin_SellerActive_FromPriceVnd",
                table: "catalog_products",
                columns: new[] { "Status", "HiddenByAdmin", "SellerActive", "FromPriceVnd" });

            // The products of sellers already known take their seller's province, slug and standing.
            migrationBuilder.Sql(@"UPDATE catalog_products SET ""Province"" = s.""Province"", ""VendorSlug"" = s.""Slug"", ""SellerActive"" = s.""IsActive"" FROM catalog_sellers AS s WHERE s.""VendorId"" = catalog_products.""VendorId"";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_catalog_products_Status_HiddenByAdmin_SellerActive_FromPriceVnd",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "Province",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "SellerActive",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "VendorSlug",
                table: "catalog_products");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_Status_HiddenByAdmin_FromPriceVnd",
                table: "catalog_products",
                columns: new[] { "Status", "HiddenByAdmin", "FromPriceVnd" });
        }
    }
}
