using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class LedgerByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_payments_ledger_entries_At_Kind",
                table: "payments_ledger_entries",
                columns: new[] { "At", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_payments_ledger_entries_At_Kind",
                table: "payments_ledger_entries");
        }
    }
}
