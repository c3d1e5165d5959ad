using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Payments
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
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE payments.payments p SET ""BuyerId"" = u.""Id"" FROM accounts.""AspNetUsers"" u WHERE u.""NormalizedEmail"" = p.""BuyerKey"";");

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
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE payments.payments SET ""BuyerKey"" = upper(btrim(""BuyerEmail""));");
            migrationBuilder.Sql(@"UPDATE payments.payments p SET ""BuyerKey"" = u.""NormalizedEmail"" FROM accounts.""AspNetUsers"" u WHERE u.""Id"" = p.""BuyerId"" AND u.""NormalizedEmail"" IS NOT NULL;");

            migrationBuilder.DropColumn(
                name: "BuyerId",
                schema: "payments",
                table: "payments");
        }
    }
}
