using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Payments
{
    /// <inheritdoc />
    public partial class PeopleByAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BuyerId",
                schema: "payments",
                table: "payments",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE p SET p.[BuyerId] = u.[Id] FROM [payments].[payments] p JOIN [accounts].[AspNetUsers] u ON u.[NormalizedEmail] = p.[BuyerKey];");

            migrationBuilder.DropColumn(
                name: "BuyerKey",
                schema: "payments",
                table: "payments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BuyerKey",
                schema: "payments",
                table: "payments",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE [payments].[payments] SET [BuyerKey] = UPPER(TRIM([BuyerEmail]));");
            migrationBuilder.Sql(@"UPDATE p SET p.[BuyerKey] = u.[NormalizedEmail] FROM [payments].[payments] p JOIN [accounts].[AspNetUsers] u ON u.[Id] = p.[BuyerId] WHERE u.[NormalizedEmail] IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "BuyerId",
                schema: "payments",
                table: "payments");
        }
    }
}
