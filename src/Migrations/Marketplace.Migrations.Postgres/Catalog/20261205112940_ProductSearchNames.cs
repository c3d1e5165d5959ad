using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Catalog
{
    /// <inheritdoc />
    public partial class ProductSearchNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                schema: "catalog",
                table: "products",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            // What names a product weighs A, its descriptions D (ts_rank's heaviest and lightest),
            // see ProductSearchIndex. The rows are named after the migrations by SearchNamesUpgrade.
            migrationBuilder.Sql(@"ALTER TABLE catalog.products DROP COLUMN IF EXISTS search_vector;");
            migrationBuilder.Sql(@"ALTER TABLE catalog.products ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', ""SearchName""), 'A') || setweight(to_tsvector('simple', ""SearchText""), 'D')) STORED;");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_products_search_vector"" ON catalog.products USING GIN (search_vector);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"ALTER TABLE catalog.products DROP COLUMN IF EXISTS search_vector;");
            migrationBuilder.Sql(@"ALTER TABLE catalog.products ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', ""SearchText"")) STORED;");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_products_search_vector"" ON catalog.products USING GIN (search_vector);");
            migrationBuilder.DropColumn(
                name: "SearchName",
                schema: "catalog",
                table: "products");
        }
    }
}
