using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class CartPreorders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Preorders",
                table: "ordering_carts",
                type: "TEXT",
                nullable: true);

            // The carts already there have no pre-orders: an empty list, not null, which the cart reads as a list.
            migrationBuilder.Sql("UPDATE \"ordering_carts\" SET \"Preorders\" = '[]' WHERE \"Preorders\" IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Preorders",
                table: "ordering_carts");
        }
    }
}
