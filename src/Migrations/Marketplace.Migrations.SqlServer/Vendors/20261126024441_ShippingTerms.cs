using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Vendors
{
    /// <inheritdoc />
    public partial class ShippingTerms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FreeShippingFromVnd",
                schema: "vendors",
                table: "cooperatives",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ShippingFeeVnd",
                schema: "vendors",
                table: "cooperatives",
                type: "bigint",
                nullable: false,
                defaultValue: 30000L);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FreeShippingFromVnd",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "ShippingFeeVnd",
                schema: "vendors",
                table: "cooperatives");
        }
    }
}
