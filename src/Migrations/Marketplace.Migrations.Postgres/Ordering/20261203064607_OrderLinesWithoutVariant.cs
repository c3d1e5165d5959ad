using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Postgres.Ordering
{
    /// <inheritdoc />
    public partial class OrderLinesWithoutVariant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A line of an accepted quote that held no stock has no variant: it was written as an
            // empty Guid, and is now null. jsonb prints itself with a space after each colon,
            // whatever was written.
            migrationBuilder.Sql(@"UPDATE ordering.order_parts SET ""Lines"" = REPLACE(""Lines""::text, '""VariantId"": ""00000000-0000-0000-0000-000000000000""', '""VariantId"": null')::jsonb WHERE ""Lines""::text LIKE '%""VariantId"": ""00000000-0000-0000-0000-000000000000""%';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"UPDATE ordering.order_parts SET ""Lines"" = REPLACE(""Lines""::text, '""VariantId"": null', '""VariantId"": ""00000000-0000-0000-0000-000000000000""')::jsonb WHERE ""Lines""::text LIKE '%""VariantId"": null%';");
        }
    }
}
