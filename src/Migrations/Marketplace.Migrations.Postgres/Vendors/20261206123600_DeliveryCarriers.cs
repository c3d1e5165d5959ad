using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Vendors
{
    /// <inheritdoc />
    public partial class DeliveryCarriers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Carriers",
                schema: "vendors",
                table: "cooperatives",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OwnDelivery",
                schema: "vendors",
                table: "cooperatives",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Every storefront so far delivered itself, everywhere, at its flat fee.
                defaultValue: "Everywhere");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Carriers",
                schema: "vendors",
                table: "cooperatives");

            migrationBuilder.DropColumn(
                name: "OwnDelivery",
                schema: "vendors",
                table: "cooperatives");
        }
    }
}
