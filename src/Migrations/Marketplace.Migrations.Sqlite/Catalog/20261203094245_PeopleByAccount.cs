using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
{
    /// <inheritdoc />
    public partial class PeopleByAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReviewerId",
                table: "catalog_reviews",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE ""catalog_reviews"" SET ""ReviewerId"" = (SELECT u.""Id"" FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = upper(trim(""catalog_reviews"".""ReviewerEmail"")) OR u.""Email"" = ""catalog_reviews"".""ReviewerEmail"") WHERE EXISTS (SELECT 1 FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = upper(trim(""catalog_reviews"".""ReviewerEmail"")) OR u.""Email"" = ""catalog_reviews"".""ReviewerEmail"");");

            migrationBuilder.DropColumn(
                name: "ReviewerEmail",
                table: "catalog_reviews");

            migrationBuilder.CreateIndex(
                name: "IX_catalog_reviews_ReviewerId",
                table: "catalog_reviews",
                column: "ReviewerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewerEmail",
                table: "catalog_reviews",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE ""catalog_reviews"" SET ""ReviewerEmail"" = COALESCE((SELECT u.""Email"" FROM ""accounts_AspNetUsers"" u WHERE u.""Id"" = ""catalog_reviews"".""ReviewerId""), '');");

            migrationBuilder.DropIndex(
                name: "IX_catalog_reviews_ReviewerId",
                table: "catalog_reviews");

            migrationBuilder.DropColumn(
                name: "ReviewerId",
                table: "catalog_reviews");
        }
    }
}
