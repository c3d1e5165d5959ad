using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class AddWishlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catalog_followed_cooperatives",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    FollowedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_followed_cooperatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catalog_follower_notices",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ToldAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_follower_notices", x => new { x.UserId, x.Subject });
                });

            migrationBuilder.CreateTable(
                name: "catalog_saved_products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    SavedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    WaitingSince = table.Column<long>(type: "INTEGER", nullable: true),
                    ToldBackAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catalog_saved_products", x => x.Id);
                    table.ForeignKey(
                        name: "FK_catalog_saved_products_catalog_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "catalog_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catalog_followed_cooperatives_CooperativeId",
                table: "catalog_followed_cooperatives",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_followed_cooperatives_UserId_CooperativeId",
                table: "catalog_followed_cooperatives",
                columns: new[] { "UserId", "CooperativeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catalog_saved_products_ProductId",
                table: "catalog_saved_products",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_saved_products_UserId_ProductId",
                table: "catalog_saved_products",
                columns: new[] { "UserId", "ProductId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catalog_followed_cooperatives");

            migrationBuilder.DropTable(
                name: "catalog_follower_notices");

            migrationBuilder.DropTable(
                name: "catalog_saved_products");
        }
    }
}
