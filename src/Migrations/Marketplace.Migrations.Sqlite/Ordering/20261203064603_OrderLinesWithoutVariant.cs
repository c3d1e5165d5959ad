using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
{
    /// <inheritdoc />
    public partial class OrderLinesWithoutVariant : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A line of an accepted quote that held no stock has no variant: it was written as an
            // empty Guid, and is now null. The lines are JSON text as EF writes it: compact,
            // no space after a colon.
            migrationBuilder.Sql(@"UPDATE ""ordering_order_parts"" SET ""Lines"" = REPLACE(""Lines"", '""VariantId"":""00000000-0000-0000-0000-000000000000""', '""VariantId"":null') WHERE ""Lines"" LIKE '%""VariantId"":""00000000-0000-0000-0000-000000000000""%';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"UPDATE ""ordering_order_parts"" SET ""Lines"" = REPLACE(""Lines"", '""VariantId"":null', '""VariantId"":""00000000-0000-0000-0000-000000000000""') WHERE ""Lines"" LIKE '%""VariantId"":null%';");
        }
    }
}
