using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Ordering
{
    /// <inheritdoc />
    public partial class PeopleByAccount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "BuyerId",
                schema: "ordering",
                table: "quote_requests",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "BuyerId",
                schema: "ordering",
                table: "orders",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE ordering.orders o SET ""BuyerId"" = u.""Id"" FROM accounts.""AspNetUsers"" u WHERE u.""NormalizedEmail"" = o.""BuyerKey"";");
            migrationBuilder.Sql(@"UPDATE ordering.quote_requests r SET ""BuyerId"" = u.""Id"" FROM accounts.""AspNetUsers"" u WHERE u.""NormalizedEmail"" = r.""BuyerKey"";");
            migrationBuilder.Sql(@"UPDATE ordering.carts c SET ""OwnerKey"" = 'u:' || replace(u.""Id""::text, '-', '') FROM accounts.""AspNetUsers"" u WHERE c.""OwnerKey"" = 'u:' || u.""NormalizedEmail"";");

            migrationBuilder.DropIndex(
                name: "IX_quote_requests_BuyerKey_CreatedAt",
                schema: "ordering",
                table: "quote_requests");

            migrationBuilder.DropIndex(
                name: "IX_orders_BuyerKey_IdempotencyKey",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "BuyerKey",
                schema: "ordering",
                table: "quote_requests");

            migrationBuilder.DropColumn(
                name: "BuyerKey",
                schema: "ordering",
                table: "orders");

            migrationBuilder.CreateIndex(
                name: "IX_quote_requests_BuyerId_CreatedAt",
                schema: "ordering",
                table: "quote_requests",
                columns: new[] { "BuyerId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_BuyerId_IdempotencyKey",
                schema: "ordering",
                table: "orders",
                columns: new[] { "BuyerId", "IdempotencyKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BuyerKey",
                schema: "ordering",
                table: "quote_requests",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BuyerKey",
                schema: "ordering",
                table: "orders",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE ordering.orders SET ""BuyerKey"" = upper(btrim(""BuyerEmail""));");
            migrationBuilder.Sql(@"UPDATE ordering.orders o SET ""BuyerKey"" = u.""NormalizedEmail"" FROM accounts.""AspNetUsers"" u WHERE u.""Id"" = o.""BuyerId"" AND u.""NormalizedEmail"" IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE ordering.quote_requests SET ""BuyerKey"" = upper(btrim(""BuyerEmail""));");
            migrationBuilder.Sql(@"UPDATE ordering.quote_requests r SET ""BuyerKey"" = u.""NormalizedEmail"" FROM accounts.""AspNetUsers"" u WHERE u.""Id"" = r.""BuyerId"" AND u.""NormalizedEmail"" IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE ordering.carts c SET ""OwnerKey"" = 'u:' || u.""NormalizedEmail"" FROM accounts.""AspNetUsers"" u WHERE c.""OwnerKey"" = 'u:' || replace(u.""Id""::text, '-', '');");

            migrationBuilder.DropIndex(
                name: "IX_quote_requests_BuyerId_CreatedAt",
                schema: "ordering",
                table: "quote_requests");

            migrationBuilder.DropIndex(
                name: "IX_orders_BuyerId_IdempotencyKey",
                schema: "ordering",
                table: "orders");

            migrationBuilder.DropColumn(
                name: "BuyerId",
                schema: "ordering",
                table: "quote_requests");

            migrationBuilder.DropColumn(
                name: "BuyerId",
                schema: "ordering",
                table: "orders");

            migrationBuilder.CreateIndex(
                name: "IX_quote_requests_BuyerKey_CreatedAt",
                schema: "ordering",
                table: "quote_requests",
                columns: new[] { "BuyerKey", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_orders_BuyerKey_IdempotencyKey",
                schema: "ordering",
                table: "orders",
                columns: new[] { "BuyerKey", "IdempotencyKey" },
                unique: true);
        }
    }
}
