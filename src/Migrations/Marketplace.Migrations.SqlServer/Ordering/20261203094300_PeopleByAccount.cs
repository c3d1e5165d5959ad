using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Ordering
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
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<Guid>(
                name: "BuyerId",
                schema: "ordering",
                table: "orders",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // People are kept by their account's id from now on (ADR 0006): each row takes the id of
            // the account whose e-mail it was saved with, while that e-mail is still here to match.
            migrationBuilder.Sql(@"UPDATE o SET o.[BuyerId] = u.[Id] FROM [ordering].[orders] o JOIN [accounts].[AspNetUsers] u ON u.[NormalizedEmail] = o.[BuyerKey];");
            migrationBuilder.Sql(@"UPDATE r SET r.[BuyerId] = u.[Id] FROM [ordering].[quote_requests] r JOIN [accounts].[AspNetUsers] u ON u.[NormalizedEmail] = r.[BuyerKey];");
            migrationBuilder.Sql(@"UPDATE c SET c.[OwnerKey] = N'u:' + LOWER(REPLACE(CONVERT(nvarchar(36), u.[Id]), N'-', N'')) FROM [ordering].[carts] c JOIN [accounts].[AspNetUsers] u ON c.[OwnerKey] = N'u:' + u.[NormalizedEmail];");

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
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "BuyerKey",
                schema: "ordering",
                table: "orders",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            // Back to the e-mail, taken from the account while the id is still here to match.
            migrationBuilder.Sql(@"UPDATE [ordering].[orders] SET [BuyerKey] = UPPER(TRIM([BuyerEmail]));");
            migrationBuilder.Sql(@"UPDATE o SET o.[BuyerKey] = u.[NormalizedEmail] FROM [ordering].[orders] o JOIN [accounts].[AspNetUsers] u ON u.[Id] = o.[BuyerId] WHERE u.[NormalizedEmail] IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE [ordering].[quote_requests] SET [BuyerKey] = UPPER(TRIM([BuyerEmail]));");
            migrationBuilder.Sql(@"UPDATE r SET r.[BuyerKey] = u.[NormalizedEmail] FROM [ordering].[quote_requests] r JOIN [accounts].[AspNetUsers] u ON u.[Id] = r.[BuyerId] WHERE u.[NormalizedEmail] IS NOT NULL;");
            migrationBuilder.Sql(@"UPDATE c SET c.[OwnerKey] = N'u:' + u.[NormalizedEmail] FROM [ordering].[carts] c JOIN [accounts].[AspNetUsers] u ON c.[OwnerKey] = N'u:' + LOWER(REPLACE(CONVERT(nvarchar(36), u.[Id]), N'-', N''));");

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
