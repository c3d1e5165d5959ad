using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class ProductSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index (FTS5 over the folded text), kept by triggers: see ProductSearchIndex.
            // Its own migration: on SQLite, the rebuild of catalog_products that the previous one
            // schedules would drop triggers created in it. A later migration that rebuilds
            // catalog_products on SQLite must create these triggers again.
            migrationBuilder.Sql(@"CREATE VIRTUAL TABLE catalog_product_search USING fts5(product_id UNINDEXED, search_text, tokenize = 'unicode61');");
            migrationBuilder.Sql(@"CREATE TRIGGER catalog_product_search_insert AFTER INSERT ON catalog_products BEGIN INSERT INTO catalog_product_search(product_id, search_text) VALUES (new.""Id"", new.""SearchText""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER catalog_product_search_update AFTER UPDATE OF ""SearchText"" ON catalog_products BEGIN DELETE FROM catalog_product_search WHERE product_id = old.""Id""; INSERT INTO catalog_product_search(product_id, search_text) VALUES (new.""Id"", new.""SearchText""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER catalog_product_search_delete AFTER DELETE ON catalog_products BEGIN DELETE FROM catalog_product_search WHERE product_id = old.""Id""; END;");
            migrationBuilder.Sql(@"INSERT INTO catalog_product_search(product_id, search_text) SELECT ""Id"", ""SearchText"" FROM catalog_products;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS catalog_product_search_insert;");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS catalog_product_search_update;");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS catalog_product_search_delete;");
            migrationBuilder.Sql(@"DROP TABLE IF EXISTS catalog_product_search;");
        }
    }
}
