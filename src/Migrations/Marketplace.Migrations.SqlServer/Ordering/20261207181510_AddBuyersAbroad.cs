using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Ordering
{
    /// <inheritdoc />
    public partial class AddBuyersAbroad : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DestinationCountry",
                schema: "ordering",
                table: "quote_requests",
                type: "nvarchar(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "VN");

            migrationBuilder.AddColumn<string>(
                name: "HsCode",
                schema: "ordering",
                table: "quote_requests",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Incoterm",
                schema: "ordering",
                table: "quote_requests",
                type: "nvarchar(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NamedPlace",
                schema: "ordering",
                table: "quote_requests",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DestinationCountry",
                schema: "ordering",
                table: "quote_requests");

            migrationBuilder.DropColumn(
                name: "HsCode",
                schema: "ordering",
                table: "quote_requests");

            migrationBuilder.DropColumn(
                name: "Incoterm",
                schema: "ordering",
                table: "quote_requests");

            migrationBuilder.DropColumn(
                name: "NamedPlace",
                schema: "ordering",
                table: "quote_requests");
        }
    }
}
