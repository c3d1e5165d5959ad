using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Catalog
{
    /// <inheritdoc />
    public partial class ProductSellerCopies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_products_Status_HiddenByAdmin_FromPriceVnd",
                schema: "catalog",
                table: "products");

            migrationBuilder.AddColumn<string>(
                name: "Province",
                schema: "catalog",
                table: "products",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "SellerActive",
                schema: "catalog",
                table: "products",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "VendorSlug",
                schema: "catalog",
                table: "products",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_products_Status_HiddenByAdmin_SellerActive_FromPriceVnd",
                schema: "catalog",
                table: "products",
                columns: new[] { "Status", "HiddenByAdmin", "SellerActive", "FromPriceVnd" });

            // The products of sellers already known take their seller's province, slug and standing.
            migrationBuilder.Sql(@"UPDATE catalog.products AS p SET ""Province"" = s.""Province"", ""VendorSlug"" = s.""Slug"", ""SellerActive"" = s.""IsActive"" FROM catalog.sellers AS s WHERE s.""VendorId"" = p.""VendorId"";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_products_Status_HiddenByAdmin_SellerActive_FromPriceVnd",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "Province",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "SellerActive",
                schema: "catalog",
                table: "products");

            migrationBuilder.DropColumn(
                name: "VendorSlug",
                schema: "catalog",
                table: "products");

            migrationBuilder.CreateIndex(
                name: "IX_products_Status_HiddenByAdmin_FromPriceVnd",
                schema: "catalog",
                table: "products",
                columns: new[] { "Status", "HiddenByAdmin", "FromPriceVnd" });
        }
    }
}
