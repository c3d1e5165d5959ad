using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Payments
{
    /// <inheritdoc />
    public partial class LedgerByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ledger_entries_At_Kind",
                schema: "payments",
                table: "ledger_entries",
                columns: new[] { "At", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ledger_entries_At_Kind",
                schema: "payments",
                table: "ledger_entries");
        }
    }
}
