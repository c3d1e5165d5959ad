using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class CommissionRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "payments_commission_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sku = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RuleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    GoodsVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    CommissionVnd = table.Column<long>(type: "INTEGER", nullable: false),
                    PricedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_commission_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "payments_commission_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CooperativeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VendorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    BasisPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    FloorVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    CapVnd = table.Column<long>(type: "INTEGER", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    From = table.Column<long>(type: "INTEGER", nullable: false),
                    Until = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    EndedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_payments_commission_rules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_payments_commission_lines_OrderId",
                table: "payments_commission_lines",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_commission_lines_RuleId",
                table: "payments_commission_lines",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_payments_commission_rules_From_Until",
                table: "payments_commission_rules",
                columns: new[] { "From", "Until" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "payments_commission_lines");

            migrationBuilder.DropTable(
                name: "payments_commission_rules");
        }
    }
}
