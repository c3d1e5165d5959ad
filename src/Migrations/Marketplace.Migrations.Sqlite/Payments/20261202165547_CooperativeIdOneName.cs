using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Payments
{
    /// <inheritdoc />
    public partial class CooperativeIdOneName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "VendorId",
                table: "payments_refunds",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                table: "payments_payout_accounts",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                table: "payments_ledger_entries",
                newName: "CooperativeId");

            migrationBuilder.RenameIndex(
                name: "IX_payments_ledger_entries_VendorId_At",
                table: "payments_ledger_entries",
                newName: "IX_payments_ledger_entries_CooperativeId_At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                table: "payments_refunds",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                table: "payments_payout_accounts",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                table: "payments_ledger_entries",
                newName: "VendorId");

            migrationBuilder.RenameIndex(
                name: "IX_payments_ledger_entries_CooperativeId_At",
                table: "payments_ledger_entries",
                newName: "IX_payments_ledger_entries_VendorId_At");
        }
    }
}
