using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Catalog
{
    /// <inheritdoc />
    public partial class ProductSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Its own migration: on SQLite, the rebuild of catalog_products that the previous one
            // schedules would drop triggers created in it. A later migration that rebuilds
            // catalog_products on SQLite must create these triggers again.
            // The search index: a generated tsvector with GIN, and trigrams for near matches (see ProductSearchIndex).
            migrationBuilder.Sql(@"CREATE EXTENSION IF NOT EXISTS pg_trgm;");
            migrationBuilder.Sql(@"ALTER TABLE catalog.products ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple', ""SearchText"")) STORED;");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_products_search_vector"" ON catalog.products USING GIN (search_vector);");
            migrationBuilder.Sql(@"CREATE INDEX ""IX_products_SearchText_trgm"" ON catalog.products USING GIN (""SearchText"" gin_trgm_ops);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS catalog.""IX_products_SearchText_trgm"";");
            migrationBuilder.Sql(@"DROP INDEX IF EXISTS catalog.""IX_products_search_vector"";");
            migrationBuilder.Sql(@"ALTER TABLE catalog.products DROP COLUMN IF EXISTS search_vector;");
        }
    }
}
