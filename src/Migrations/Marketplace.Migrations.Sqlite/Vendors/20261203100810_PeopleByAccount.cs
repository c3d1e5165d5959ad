using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Vendors
{
    /// <inheritdoc />
    public partial class PeopleByAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "UserId",
                table: "vendors_members",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AccountId",
                table: "vendors_business_accounts",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "ActiveAccountId",
                table: "vendors_business_accounts",
                type: "TEXT",
                nullable: true);

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE ""vendors_members"" SET ""UserId"" = (SELECT u.""Id"" FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = ""vendors_members"".""Email"");");
            migrationBuilder.Sql(@"UPDATE ""vendors_business_accounts"" SET ""AccountId"" = (SELECT u.""Id"" FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = upper(trim(""vendors_business_accounts"".""AccountEmail""))) WHERE EXISTS (SELECT 1 FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = upper(trim(""vendors_business_accounts"".""AccountEmail"")));");
            migrationBuilder.Sql(@"UPDATE ""vendors_business_accounts"" SET ""ActiveAccountId"" = ""AccountId"" WHERE ""ActiveAccountEmail"" IS NOT NULL AND ""AccountId"" <> '00000000-0000-0000-0000-000000000000';");

            migrationBuilder.DropIndex(
                name: "IX_vendors_business_accounts_ActiveAccountEmail",
                table: "vendors_business_accounts");

            migrationBuilder.DropColumn(
                name: "ActiveAccountEmail",
                table: "vendors_business_accounts");

            migrationBuilder.CreateIndex(
                name: "IX_vendors_members_UserId",
                table: "vendors_members",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_vendors_business_accounts_AccountId",
                table: "vendors_business_accounts",
                column: "AccountId");

            migrationBuilder.CreateIndex(
                name: "IX_vendors_business_accounts_ActiveAccountId",
                table: "vendors_business_accounts",
                column: "ActiveAccountId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActiveAccountEmail",
                table: "vendors_business_accounts",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE ""vendors_business_accounts"" SET ""ActiveAccountEmail"" = COALESCE((SELECT u.""NormalizedEmail"" FROM ""accounts_AspNetUsers"" u WHERE u.""Id"" = ""vendors_business_accounts"".""ActiveAccountId""), upper(trim(""AccountEmail""))) WHERE ""ActiveAccountId"" IS NOT NULL;");

            migrationBuilder.DropIndex(
                name: "IX_vendors_members_UserId",
                table: "vendors_members");

            migrationBuilder.DropIndex(
                name: "IX_vendors_business_accounts_AccountId",
                table: "vendors_business_accounts");

            migrationBuilder.DropIndex(
                name: "IX_vendors_business_accounts_ActiveAccountId",
                table: "vendors_business_accounts");

            migrationBuilder.DropColumn(
                name: "UserId",
                table: "vendors_members");

            migrationBuilder.DropColumn(
                name: "AccountId",
                table: "vendors_business_accounts");

            migrationBuilder.DropColumn(
                name: "ActiveAccountId",
                table: "vendors_business_accounts");

            migrationBuilder.CreateIndex(
                name: "IX_vendors_business_accounts_ActiveAccountEmail",
                table: "vendors_business_accounts",
                column: "ActiveAccountEmail",
                unique: true);
        }
    }
}
