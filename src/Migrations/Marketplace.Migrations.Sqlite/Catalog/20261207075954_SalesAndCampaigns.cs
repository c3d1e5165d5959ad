using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class SalesAndCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "SaleFrom",
                table: "catalog_variants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SalePriceVnd",
                table: "catalog_variants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SaleUntil",
                table: "catalog_variants",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "catalog_campaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    TitleEnglish = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DescriptionEnglish = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_campaign_products",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_campaign_products", x => new { x.CampaignId, x.ProductId });
                    table.ForeignKey(
                        name: "FK_catalog_campaign_products_catalog_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "catalog_campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_catalog_campaign_products_catalog_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "catalog_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_campaign_products_ProductId",
                table: "catalog_campaign_products",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_campaigns_EndsOn",
                table: "catalog_campaigns",
                column: "EndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_campaigns_Slug",
                table: "catalog_campaigns",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_campaign_products");

            migrationBuilder.DropTable(
                name: "catalog_campaigns");

            migrationBuilder.DropColumn(
                name: "SaleFrom",
                table: "catalog_variants");

            migrationBuilder.DropColumn(
                name: "SalePriceVnd",
                table: "catalog_variants");

            migrationBuilder.DropColumn(
                name: "SaleUntil",
                table: "catalog_variants");
        }
    }
}
