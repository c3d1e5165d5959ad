using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Catalog
{
    /// <inheritdoc />
    public partial class VariantBoxes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "BoxHeightCm",
                schema: "catalog",
                table: "variants",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BoxLengthCm",
                schema: "catalog",
                table: "variants",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BoxWidthCm",
                schema: "catalog",
                table: "variants",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BoxHeightCm",
                schema: "catalog",
                table: "variants");

            migrationBuilder.DropColumn(
                name: "BoxLengthCm",
                schema: "catalog",
                table: "variants");

            migrationBuilder.DropColumn(
                name: "BoxWidthCm",
                schema: "catalog",
                table: "variants");
        }
    }
}
