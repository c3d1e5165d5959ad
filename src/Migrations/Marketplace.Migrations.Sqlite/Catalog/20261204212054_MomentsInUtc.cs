using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Catalog
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
                ("catalog_category_proposals", "DecidedAt"),
                ("catalog_category_proposals", "ProposedAt"),
                ("catalog_job_leases", "Until"),
                ("catalog_lots", "CreatedAt"),
                ("catalog_moderation_entries", "OccurredAt"),
                ("catalog_outbox_messages", "ClaimedUntil"),
                ("catalog_outbox_messages", "NextAttemptAt"),
                ("catalog_outbox_messages", "OccurredAt"),
                ("catalog_outbox_messages", "ProcessedAt"),
                ("catalog_processed_messages", "ProcessedAt"),
                ("catalog_products", "CreatedAt"),
                ("catalog_products", "PublishedAt"),
                ("catalog_reviews", "RepliedAt"),
                ("catalog_reviews", "WrittenAt"),
                ("catalog_sellers", "ActiveSince"),
            ]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The same instants, in UTC: nothing to undo.
        }
    }
}
