using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Vendors
{
    /// <inheritdoc />
    public partial class ShippingTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FreeShippingFromVnd",
                table: "vendors_cooperatives",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ShippingFeeVnd",
                table: "vendors_cooperatives",
                type: "INTEGER",
                nullable: false,
                defaultValue: 30000L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FreeShippingFromVnd",
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "ShippingFeeVnd",
                table: "vendors_cooperatives");
        }
    }
}
