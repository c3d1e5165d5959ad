using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class CatalogVariantsLotsSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Products had no category, variants or lots before: an earlier demo catalog is dropped
            // (the demo seeder fills the new one on the next start). Nothing was in production yet.
            migrationBuilder.Sql("DELETE FROM catalog_products;");

            migrationBuilder.DropIndex(
                name: "IX_catalog_products_SearchName",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "catalog_products");

            migrationBuilder.RenameColumn(
                name: "Unit",
                table: "catalog_products",
                newName: "Status");

            migrationBuilder.RenameColumn(
                name: "Stock",
                table: "catalog_products",
                newName: "HiddenByAdmin");

            migrationBuilder.RenameColumn(
                name: "PriceVnd",
                table: "catalog_products",
                newName: "FromPriceVnd");

            migrationBuilder.RenameColumn(
                name: "NetWeightGrams",
                table: "catalog_products",
                newName: "PublishedAt");

            migrationBuilder.AddColumn<Guid>(
                name: "CategoryId",
                table: "catalog_products",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "DescriptionEnglish",
                table: "catalog_products",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ModerationReason",
                table: "catalog_products",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "catalog_products",
                type: "TEXT",
                maxLength: 9000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "catalog_products",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "catalog_categories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEnglish = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_categories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_categories_catalog_categories_ParentId",
                        column: x => x.ParentId,
                        principalTable: "catalog_categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "catalog_lots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProducedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Commune = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Province = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Quantity = table.Column<int>(type: "INTEGER", nullable: false),
                    QuantityUnit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_lots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_lots_catalog_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "catalog_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_moderation_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ActorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    OccurredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_moderation_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_product_images",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ThumbnailKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_product_images", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_product_images_catalog_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "catalog_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "catalog_variants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NetWeightGrams = table.Column<int>(type: "INTEGER", nullable: true),
                    PriceVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    Stock = table.Column<int>(type: "INTEGER", nullable: false),
                    MinOrderQuantity = table.Column<int>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tiers = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_variants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_variants_catalog_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "catalog_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_CategoryId",
                table: "catalog_products",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_Status_HiddenByAdmin_FromPriceVnd",
                table: "catalog_products",
                columns: new[] { "Status", "HiddenByAdmin", "FromPriceVnd" });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_categories_ParentId",
                table: "catalog_categories",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_categories_Slug",
                table: "catalog_categories",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_lots_Code",
                table: "catalog_lots",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_lots_ProductId",
                table: "catalog_lots",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_moderation_entries_OccurredAt",
                table: "catalog_moderation_entries",
                column: "OccurredAt");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_product_images_ProductId",
                table: "catalog_product_images",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_variants_ProductId",
                table: "catalog_variants",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_variants_Sku",
                table: "catalog_variants",
                column: "Sku",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_catalog_products_catalog_categories_CategoryId",
                table: "catalog_products",
                column: "CategoryId",
                principalTable: "catalog_categories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_catalog_products_catalog_categories_CategoryId",
                table: "catalog_products");

            migrationBuilder.DropTable(
                name: "catalog_categories");

            migrationBuilder.DropTable(
                name: "catalog_lots");

            migrationBuilder.DropTable(
                name: "catalog_moderation_entries");

            migrationBuilder.DropTable(
                name: "catalog_product_images");

            migrationBuilder.DropTable(
                name: "catalog_variants");

            migrationBuilder.DropIndex(
                name: "IX_catalog_products_CategoryId",
                table: "catalog_products");

            migrationBuilder.DropIndex(
                name: "IX_catalog_products_Status_HiddenByAdmin_FromPriceVnd",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "CategoryId",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "DescriptionEnglish",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "ModerationReason",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "catalog_products");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "catalog_products");

            migrationBuilder.RenameColumn(
                name: "Status",
                table: "catalog_products",
                newName: "Unit");

            migrationBuilder.RenameColumn(
                name: "PublishedAt",
                table: "catalog_products",
                newName: "NetWeightGrams");

            migrationBuilder.RenameColumn(
                name: "HiddenByAdmin",
                table: "catalog_products",
                newName: "Stock");

            migrationBuilder.RenameColumn(
                name: "FromPriceVnd",
                table: "catalog_products",
                newName: "PriceVnd");

            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "catalog_products",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_products_SearchName",
                table: "catalog_products",
                column: "SearchName");
        }
    }
}
