using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class VariantBoxes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BoxHeightCm",
                table: "catalog_variants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BoxLengthCm",
                table: "catalog_variants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BoxWidthCm",
                table: "catalog_variants",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BoxHeightCm",
                table: "catalog_variants");

            migrationBuilder.DropColumn(
                name: "BoxLengthCm",
                table: "catalog_variants");

            migrationBuilder.DropColumn(
                name: "BoxWidthCm",
                table: "catalog_variants");
        }
    }
}
