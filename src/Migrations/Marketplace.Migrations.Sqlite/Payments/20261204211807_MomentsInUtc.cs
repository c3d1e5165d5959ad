using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Payments
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
                ("payments_commission_lines", "PricedAt"),
                ("payments_commission_rates", "EffectiveFrom"),
                ("payments_commission_rules", "CreatedAt"),
                ("payments_commission_rules", "From"),
                ("payments_commission_rules", "Until"),
                ("payments_job_leases", "Until"),
                ("payments_ledger_entries", "At"),
                ("payments_money_rules", "EffectiveFrom"),
                ("payments_outbox_messages", "ClaimedUntil"),
                ("payments_outbox_messages", "NextAttemptAt"),
                ("payments_outbox_messages", "OccurredAt"),
                ("payments_outbox_messages", "ProcessedAt"),
                ("payments_part_earnings", "DeliveredAt"),
                ("payments_part_earnings", "PayableFrom"),
                ("payments_part_earnings", "ReleasedAt"),
                ("payments_pay_in_requests", "CreatedAt"),
                ("payments_pay_in_requests", "DueBy"),
                ("payments_pay_in_requests", "LastReminderAt"),
                ("payments_pay_in_requests", "SettledAt"),
                ("payments_payments", "DueBy"),
                ("payments_payments", "PaidAt"),
                ("payments_payments", "PlacedAt"),
                ("payments_payout_batches", "CreatedAt"),
                ("payments_payout_batches", "PaidAt"),
                ("payments_processed_messages", "ProcessedAt"),
                ("payments_refunds", "At"),
                ("payments_stripe_events", "ReceivedAt"),
            ]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The same instants, in UTC: nothing to undo.
        }
    }
}
