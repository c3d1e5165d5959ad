using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class AddBuyersAbroad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DestinationCountry",
                table: "ordering_quote_requests",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "VN");

            migrationBuilder.AddColumn<string>(
                name: "HsCode",
                table: "ordering_quote_requests",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Incoterm",
                table: "ordering_quote_requests",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NamedPlace",
                table: "ordering_quote_requests",
                type: "TEXT",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DestinationCountry",
                table: "ordering_quote_requests");

            migrationBuilder.DropColumn(
                name: "HsCode",
                table: "ordering_quote_requests");

            migrationBuilder.DropColumn(
                name: "Incoterm",
                table: "ordering_quote_requests");

            migrationBuilder.DropColumn(
                name: "NamedPlace",
                table: "ordering_quote_requests");
        }
    }
}
