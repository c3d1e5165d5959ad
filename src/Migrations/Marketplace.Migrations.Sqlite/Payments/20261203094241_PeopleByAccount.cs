using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class PeopleByAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BuyerId",
                table: "payments_payments",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE ""payments_payments"" SET ""BuyerId"" = (SELECT u.""Id"" FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = ""payments_payments"".""BuyerKey"") WHERE EXISTS (SELECT 1 FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = ""payments_payments"".""BuyerKey"");");

            migrationBuilder.DropColumn(
                name: "BuyerKey",
                table: "payments_payments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BuyerKey",
                table: "payments_payments",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE ""payments_payments"" SET ""BuyerKey"" = COALESCE((SELECT u.""NormalizedEmail"" FROM ""accounts_AspNetUsers"" u WHERE u.""Id"" = ""payments_payments"".""BuyerId""), upper(trim(""BuyerEmail"")));");

            migrationBuilder.DropColumn(
                name: "BuyerId",
                table: "payments_payments");
        }
    }
}
