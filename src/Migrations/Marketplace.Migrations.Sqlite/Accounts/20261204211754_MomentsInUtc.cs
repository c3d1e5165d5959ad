using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Marketplace.Migrations.Sqlite.Accounts
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
                ("accounts_AspNetUsers", "CreatedAt"),
                ("accounts_AspNetUsers", "LockoutEnd"),
                ("accounts_sent_mails", "SentAt"),
            ]));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The same instants, in UTC: nothing to undo.
        }
    }
}
