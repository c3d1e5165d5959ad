using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Vendors
{
    /// <inheritdoc />
    public partial class PeopleByAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "UserId",
                schema: "vendors",
                table: "members",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AccountId",
                schema: "vendors",
                table: "business_accounts",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "ActiveAccountId",
                schema: "vendors",
                table: "business_accounts",
                type: "uuid",
                nullable: true);

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE vendors.members m SET ""UserId"" = u.""Id"" FROM accounts.""AspNetUsers"" u WHERE u.""NormalizedEmail"" = m.""Email"";");
            migrationBuilder.Sql(@"UPDATE vendors.business_accounts b SET ""AccountId"" = u.""Id"" FROM accounts.""AspNetUsers"" u WHERE u.""NormalizedEmail"" = upper(btrim(b.""AccountEmail""));");
            migrationBuilder.Sql(@"UPDATE vendors.business_accounts SET ""ActiveAccountId"" = ""AccountId"" WHERE ""ActiveAccountEmail"" IS NOT NULL AND ""AccountId"" <> '00000000-0000-0000-0000-000000000000';");

            migrationBuilder.DropIndex(
                name: "IX_business_accounts_ActiveAccountEmail",
                schema: "vendors",
                table: "business_accounts");

            migrationBuilder.DropColumn(
                name: "ActiveAccountEmail",
                schema: "vendors",
                table: "business_accounts");

            migrationBuilder.CreateIndex(
                name: "IX_members_UserId",
                schema: "vendors",
                table: "members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_business_accounts_AccountId",
                schema: "vendors",
                table: "business_accounts",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_business_accounts_ActiveAccountId",
                schema: "vendors",
                table: "business_accounts",
                column: "ActiveAccountId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActiveAccountEmail",
                schema: "vendors",
                table: "business_accounts",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE vendors.business_accounts SET ""ActiveAccountEmail"" = upper(btrim(""AccountEmail"")) WHERE ""ActiveAccountId"" IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE vendors.business_accounts b SET ""ActiveAccountEmail"" = u.""NormalizedEmail"" FROM accounts.""AspNetUsers"" u WHERE u.""Id"" = b.""ActiveAccountId"" AND u.""NormalizedEmail"" IS NOT NULL;");

            migrationBuilder.DropIndex(
                name: "IX_members_UserId",
                schema: "vendors",
                table: "members");

            migrationBuilder.DropIndex(
                name: "IX_business_accounts_AccountId",
                schema: "vendors",
                table: "business_accounts");

            migrationBuilder.DropIndex(
                name: "IX_business_accounts_ActiveAccountId",
                schema: "vendors",
                table: "business_accounts");

            migrationBuilder.DropColumn(
                name: "UserId",
                schema: "vendors",
                table: "members");

            migrationBuilder.DropColumn(
                name: "AccountId",
                schema: "vendors",
                table: "business_accounts");

            migrationBuilder.DropColumn(
                name: "ActiveAccountId",
                schema: "vendors",
                table: "business_accounts");

            migrationBuilder.CreateIndex(
                name: "IX_business_accounts_ActiveAccountEmail",
                schema: "vendors",
                table: "business_accounts",
                column: "ActiveAccountEmail",
                unique: true);
        }
    }
}
