using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.SqlServer.Payments
{
    /// <inheritdoc />
    public partial class CooperativeIdOneName : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "VendorId",
                schema: "payments",
                table: "refunds",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                schema: "payments",
                table: "payout_accounts",
                newName: "CooperativeId");

            migrationBuilder.RenameColumn(
                name: "VendorId",
                schema: "payments",
                table: "ledger_entries",
                newName: "CooperativeId");

            migrationBuilder.RenameIndex(
                name: "IX_ledger_entries_VendorId_At",
                schema: "payments",
                table: "ledger_entries",
                newName: "IX_ledger_entries_CooperativeId_At");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                schema: "payments",
                table: "refunds",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                schema: "payments",
                table: "payout_accounts",
                newName: "VendorId");

            migrationBuilder.RenameColumn(
                name: "CooperativeId",
                schema: "payments",
                table: "ledger_entries",
                newName: "VendorId");

            migrationBuilder.RenameIndex(
                name: "IX_ledger_entries_CooperativeId_At",
                schema: "payments",
                table: "ledger_entries",
                newName: "IX_ledger_entries_VendorId_At");
        }
    }
}
