using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Vendors
{
    /// <inheritdoc />
    public partial class DeliveryCarriers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Carriers",
                table: "vendors_cooperatives",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "OwnDelivery",
                table: "vendors_cooperatives",
                type: "TEXT",
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
                table: "vendors_cooperatives");

            migrationBuilder.DropColumn(
                name: "OwnDelivery",
                table: "vendors_cooperatives");
        }
    }
}
