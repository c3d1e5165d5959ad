using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Catalog
{
    /// <inheritdoc />
    public partial class PeopleByAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReviewerId",
                schema: "catalog",
                table: "reviews",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE catalog.reviews r SET ""ReviewerId"" = u.""Id"" FROM accounts.""AspNetUsers"" u WHERE u.""NormalizedEmail"" = upper(btrim(r.""ReviewerEmail""));");

            migrationBuilder.DropColumn(
                name: "ReviewerEmail",
                schema: "catalog",
                table: "reviews");

            migrationBuilder.CreateIndex(
                name: "IX_reviews_ReviewerId",
                schema: "catalog",
                table: "reviews",
                column: "ReviewerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReviewerEmail",
                schema: "catalog",
                table: "reviews",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE catalog.reviews r SET ""ReviewerEmail"" = u.""Email"" FROM accounts.""AspNetUsers"" u WHERE u.""Id"" = r.""ReviewerId"" AND u.""Email"" IS NOT NULL;");

            migrationBuilder.DropIndex(
                name: "IX_reviews_ReviewerId",
                schema: "catalog",
                table: "reviews");

            migrationBuilder.DropColumn(
                name: "ReviewerId",
                schema: "catalog",
                table: "reviews");
        }
    }
}
