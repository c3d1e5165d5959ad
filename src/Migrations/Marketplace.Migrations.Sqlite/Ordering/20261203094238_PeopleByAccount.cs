using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class PeopleByAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BuyerId",
                table: "ordering_quote_requests",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "BuyerId",
                table: "ordering_orders",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE ""ordering_orders"" SET ""BuyerId"" = (SELECT u.""Id"" FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = ""ordering_orders"".""BuyerKey"") WHERE EXISTS (SELECT 1 FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = ""ordering_orders"".""BuyerKey"");");
            migrationBuilder.Sql(@"UPDATE ""ordering_quote_requests"" SET ""BuyerId"" = (SELECT u.""Id"" FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = ""ordering_quote_requests"".""BuyerKey"") WHERE EXISTS (SELECT 1 FROM ""accounts_AspNetUsers"" u WHERE u.""NormalizedEmail"" = ""ordering_quote_requests"".""BuyerKey"");");
            migrationBuilder.Sql(@"UPDATE ""ordering_carts"" SET ""OwnerKey"" = (SELECT 'u:' || lower(replace(u.""Id"", '-', '')) FROM ""accounts_AspNetUsers"" u WHERE 'u:' || u.""NormalizedEmail"" = ""ordering_carts"".""OwnerKey"") WHERE EXISTS (SELECT 1 FROM ""accounts_AspNetUsers"" u WHERE 'u:' || u.""NormalizedEmail"" = ""ordering_carts"".""OwnerKey"");");

            migrationBuilder.DropIndex(
                name: "IX_ordering_quote_requests_BuyerKey_CreatedAt",
                table: "ordering_quote_requests");

            migrationBuilder.DropIndex(
                name: "IX_ordering_orders_BuyerKey_IdempotencyKey",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "BuyerKey",
                table: "ordering_quote_requests");

            migrationBuilder.DropColumn(
                name: "BuyerKey",
                table: "ordering_orders");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_quote_requests_BuyerId_CreatedAt",
                table: "ordering_quote_requests",
                columns: new[] { "BuyerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_orders_BuyerId_IdempotencyKey",
                table: "ordering_orders",
                columns: new[] { "BuyerId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BuyerKey",
                table: "ordering_quote_requests",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BuyerKey",
                table: "ordering_orders",
                type: "TEXT",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE ""ordering_orders"" SET ""BuyerKey"" = COALESCE((SELECT u.""NormalizedEmail"" FROM ""accounts_AspNetUsers"" u WHERE u.""Id"" = ""ordering_orders"".""BuyerId""), upper(trim(""BuyerEmail"")));");
            migrationBuilder.Sql(@"UPDATE ""ordering_quote_requests"" SET ""BuyerKey"" = COALESCE((SELECT u.""NormalizedEmail"" FROM ""accounts_AspNetUsers"" u WHERE u.""Id"" = ""ordering_quote_requests"".""BuyerId""), upper(trim(""BuyerEmail"")));");
            migrationBuilder.Sql(@"UPDATE ""ordering_carts"" SET ""OwnerKey"" = (SELECT 'u:' || u.""NormalizedEmail"" FROM ""accounts_AspNetUsers"" u WHERE 'u:' || lower(replace(u.""Id"", '-', '')) = ""ordering_carts"".""OwnerKey"") WHERE EXISTS (SELECT 1 FROM ""accounts_AspNetUsers"" u WHERE 'u:' || lower(replace(u.""Id"", '-', '')) = ""ordering_carts"".""OwnerKey"");");

            migrationBuilder.DropIndex(
                name: "IX_ordering_quote_requests_BuyerId_CreatedAt",
                table: "ordering_quote_requests");

            migrationBuilder.DropIndex(
                name: "IX_ordering_orders_BuyerId_IdempotencyKey",
                table: "ordering_orders");

            migrationBuilder.DropColumn(
                name: "BuyerId",
                table: "ordering_quote_requests");

            migrationBuilder.DropColumn(
                name: "BuyerId",
                table: "ordering_orders");

            migrationBuilder.CreateIndex(
                name: "IX_ordering_quote_requests_BuyerKey_CreatedAt",
                table: "ordering_quote_requests",
                columns: new[] { "BuyerKey", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ordering_orders_BuyerKey_IdempotencyKey",
                table: "ordering_orders",
                columns: new[] { "BuyerKey", "IdempotencyKey" },
                unique: true);
        }
    }
}
