using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class ProductSearchNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "catalog_products",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            // The search index gets a column of its own for what names a product (weighed above
            // the descriptions by bm25, see ProductSearchIndex). The rows are named after the
            // migrations by SearchNamesUpgrade, whose UPDATEs the trigger carries into the index.
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS catalog_product_search_insert;");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS catalog_product_search_update;");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS catalog_product_search_delete;");
            migrationBuilder.Sql(@"DROP TABLE IF EXISTS catalog_product_search;");
            migrationBuilder.Sql(@"CREATE VIRTUAL TABLE catalog_product_search USING fts5(product_id UNINDEXED, search_name, search_text, tokenize = 'unicode61');");
            migrationBuilder.Sql(@"CREATE TRIGGER catalog_product_search_insert AFTER INSERT ON catalog_products BEGIN INSERT INTO catalog_product_search(product_id, search_name, search_text) VALUES (new.""Id"", new.""SearchName"", new.""SearchText""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER catalog_product_search_update AFTER UPDATE OF ""SearchText"", ""SearchName"" ON catalog_products BEGIN DELETE FROM catalog_product_search WHERE product_id = old.""Id""; INSERT INTO catalog_product_search(product_id, search_name, search_text) VALUES (new.""Id"", new.""SearchName"", new.""SearchText""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER catalog_product_search_delete AFTER DELETE ON catalog_products BEGIN DELETE FROM catalog_product_search WHERE product_id = old.""Id""; END;");
            migrationBuilder.Sql(@"INSERT INTO catalog_product_search(product_id, search_name, search_text) SELECT ""Id"", ""SearchName"", ""SearchText"" FROM catalog_products;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The triggers name the column: they go first, and come back after it (its removal may
            // also rebuild catalog_products, which would drop them).
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS catalog_product_search_insert;");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS catalog_product_search_update;");
            migrationBuilder.Sql(@"DROP TRIGGER IF EXISTS catalog_product_search_delete;");
            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "catalog_products");
            migrationBuilder.Sql(@"DROP TABLE IF EXISTS catalog_product_search;");
            migrationBuilder.Sql(@"CREATE VIRTUAL TABLE catalog_product_search USING fts5(product_id UNINDEXED, search_text, tokenize = 'unicode61');");
            migrationBuilder.Sql(@"CREATE TRIGGER catalog_product_search_insert AFTER INSERT ON catalog_products BEGIN INSERT INTO catalog_product_search(product_id, search_text) VALUES (new.""Id"", new.""SearchText""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER catalog_product_search_update AFTER UPDATE OF ""SearchText"" ON catalog_products BEGIN DELETE FROM catalog_product_search WHERE product_id = old.""Id""; INSERT INTO catalog_product_search(product_id, search_text) VALUES (new.""Id"", new.""SearchText""); END;");
            migrationBuilder.Sql(@"CREATE TRIGGER catalog_product_search_delete AFTER DELETE ON catalog_products BEGIN DELETE FROM catalog_product_search WHERE product_id = old.""Id""; END;");
            migrationBuilder.Sql(@"INSERT INTO catalog_product_search(product_id, search_text) SELECT ""Id"", ""SearchText"" FROM catalog_products;");
        }
    }
}
