using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Payments
{
    /// <inheritdoc />
    public partial class CommissionRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "commission_lines",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartId = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sku = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: true),
                    RuleId = table.Column<Guid>(type: "uuid", nullable: true),
                    BasisPoints = table.Column<int>(type: "integer", nullable: false),
                    GoodsVnd = table.Column<long>(type: "bigint", nullable: false),
                    CommissionVnd = table.Column<long>(type: "bigint", nullable: false),
                    PricedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commission_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "commission_rules",
                schema: "payments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "uuid", nullable: true),
                    VendorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CategoryId = table.Column<Guid>(type: "uuid", nullable: true),
                    Audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BasisPoints = table.Column<int>(type: "integer", nullable: false),
                    FloorVnd = table.Column<long>(type: "bigint", nullable: true),
                    CapVnd = table.Column<long>(type: "bigint", nullable: true),
                    Note = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    From = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    EndedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commission_rules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_commission_lines_OrderId",
                schema: "payments",
                table: "commission_lines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_commission_lines_RuleId",
                schema: "payments",
                table: "commission_lines",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_commission_rules_From_Until",
                schema: "payments",
                table: "commission_rules",
                columns: new[] { "From", "Until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commission_lines",
                schema: "payments");

            migrationBuilder.DropTable(
                name: "commission_rules",
                schema: "payments");
        }
    }
}
