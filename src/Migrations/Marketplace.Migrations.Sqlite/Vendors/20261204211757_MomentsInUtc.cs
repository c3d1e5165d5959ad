using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Vendors
{
    /// <inheritdoc />
    public partial class MomentsInUtc : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Moments saved with their own offset (+07:00) compared by their wall-clock ticks: rewritten in UTC, as they are now written.
            // The moment columns as the tables stood at this migration (tables added later are not there yet).
            migrationBuilder.Sql(Marketplace.SharedKernel.Persistence.SqliteMoments.ToUtc(
            [
                ("vendors_application_documents", "UploadedAt"),
                ("vendors_application_drafts", "SavedAt"),
                ("vendors_audit_entries", "OccurredAt"),
                ("vendors_business_accounts", "DecidedAt"),
                ("vendors_business_accounts", "RegisteredAt"),
                ("vendors_certificates", "DecidedAt"),
                ("vendors_certificates", "SubmittedAt"),
                ("vendors_cooperatives", "ApprovedAt"),
                ("vendors_cooperatives", "CreatedAt"),
                ("vendors_job_leases", "Until"),
                ("vendors_members", "AddedAt"),
                ("vendors_notice_deliveries", "CreatedAt"),
                ("vendors_notice_deliveries", "DeliveredAt"),
                ("vendors_notice_deliveries", "NextAttemptAt"),
                ("vendors_notice_deliveries", "SentAt"),
                ("vendors_notices", "CreatedAt"),
                ("vendors_notices", "ReadAt"),
                ("vendors_outbox_messages", "ClaimedUntil"),
                ("vendors_outbox_messages", "NextAttemptAt"),
                ("vendors_outbox_messages", "OccurredAt"),
                ("vendors_outbox_messages", "ProcessedAt"),
                ("vendors_processed_messages", "ProcessedAt"),
                ("vendors_support_grants", "EndsAt"),
                ("vendors_support_grants", "GrantedAt"),
                ("vendors_support_people", "AddedAt"),
            ]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The same instants, in UTC: nothing to undo.
        }
    }
}
