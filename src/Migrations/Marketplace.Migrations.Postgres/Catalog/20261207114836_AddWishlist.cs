using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Catalog
{
    /// <inheritdoc />
    public partial class AddWishlist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "followed_cooperatives",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    FollowedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_followed_cooperatives", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "follower_notices",
                schema: "catalog",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ToldAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_follower_notices", x => new { x.UserId, x.Subject });
                });

            migrationBuilder.CreateTable(
                name: "saved_products",
                schema: "catalog",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    SavedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    WaitingSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ToldBackAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saved_products", x => x.Id);
                    table.ForeignKey(
                        name: "FK_saved_products_products_ProductId",
                        column: x => x.ProductId,
                        principalSchema: "catalog",
                        principalTable: "products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_followed_cooperatives_CooperativeId",
                schema: "catalog",
                table: "followed_cooperatives",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_followed_cooperatives_UserId_CooperativeId",
                schema: "catalog",
                table: "followed_cooperatives",
                columns: new[] { "UserId", "CooperativeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_saved_products_ProductId",
                schema: "catalog",
                table: "saved_products",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_saved_products_UserId_ProductId",
                schema: "catalog",
                table: "saved_products",
                columns: new[] { "UserId", "ProductId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "followed_cooperatives",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "follower_notices",
                schema: "catalog");

            migrationBuilder.DropTable(
                name: "saved_products",
                schema: "catalog");
        }
    }
}
