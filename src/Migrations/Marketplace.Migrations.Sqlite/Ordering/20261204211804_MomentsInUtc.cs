using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Ordering
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
                ("ordering_carts", "UpdatedAt"),
                ("ordering_job_leases", "Until"),
                ("ordering_order_report_rollups", "BuiltAt"),
                ("ordering_orders", "PaidAt"),
                ("ordering_orders", "PlacedAt"),
                ("ordering_outbox_messages", "ClaimedUntil"),
                ("ordering_outbox_messages", "NextAttemptAt"),
                ("ordering_outbox_messages", "OccurredAt"),
                ("ordering_outbox_messages", "ProcessedAt"),
                ("ordering_processed_messages", "ProcessedAt"),
                ("ordering_quote_requests", "CreatedAt"),
            ]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The same instants, in UTC: nothing to undo.
        }
    }
}
