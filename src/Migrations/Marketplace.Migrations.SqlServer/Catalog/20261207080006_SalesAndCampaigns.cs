using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Catalog
{
    /// <inheritdoc />
    public partial class SalesAndCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "SaleFrom",
                schema: "catalog",
                table: "variants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SalePriceVnd",
                schema: "catalog",
                table: "variants",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "SaleUntil",
                schema: "catalog",
                table: "variants",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "campaigns",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    TitleEnglish = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: true),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    DescriptionEnglish = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "campaign_products",
                schema: "catalog",
                columns: table => new
                {
                    CampaignId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProductId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_products", x => new { x.CampaignId, x.ProductId });
                    table.ForeignKey(
                        name: "FK_campaign_products_campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalSchema: "catalog",
                        principalTable: "campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_campaign_products_products_ProductId",
                        column: x => x.ProductId,
                        principalSchema: "catalog",
                        principalTable: "products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_products_ProductId",
                schema: "catalog",
                table: "campaign_products",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_EndsOn",
                schema: "catalog",
                table: "campaigns",
                column: "EndsOn");

            migrationBuilder.CreateIndex(
                name: "IX_campaigns_Slug",
                schema: "catalog",
                table: "campaigns",
                column: "Slug",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_products",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "campaigns",
                schema: "catalog");

            migrationBuilder.DropColumn(
                name: "SaleFrom",
                schema: "catalog",
                table: "variants");

            migrationBuilder.DropColumn(
                name: "SalePriceVnd",
                schema: "catalog",
                table: "variants");

            migrationBuilder.DropColumn(
                name: "SaleUntil",
                schema: "catalog",
                table: "variants");
        }
    }
}
