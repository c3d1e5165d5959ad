namespace Marketplace.Payments.Data;

/// <summary>
/// The Vietnamese day of every ledger entry booked before <c>LedgerEntry.Day</c> was kept, set by
/// the migration LedgerDays in each provider's own SQL: UTC+7, as <c>VietnamTime.DayOf</c> says.
/// </summary>
internal static class LedgerDayBackfill
{
    /// <summary>
    /// SQLite keeps an instant as EF Core's DateTimeOffsetToBinaryConverter writes it: the local
    /// ticks / 1000 shifted left by 11 bits, and the offset in minutes in the low 11 (signed).
    /// </summary>
    public const string Sqlite =
        """
        UPDATE "payments_ledger_entries" SET "Day" = date(
            ((("At" >> 11) * 1000 - (("At" << 53) >> 53) * 600000000) / 10000000) - 62135596800, 'unixepoch', '+7 hours');
        """;

    /// <summary>An interval, not AT TIME ZONE '+07': PostgreSQL reads a POSIX offset's sign backwards.</summary>
    public const string Postgres =
        """
        UPDATE payments.ledger_entries SET "Day" = (("At" AT TIME ZONE 'UTC') + interval '7 hours')::date;
        """;

    public const string SqlServer =
        """
        UPDATE [payments].[ledger_entries] SET [Day] = CAST(SWITCHOFFSET([At], '+07:00') AS date);
        """;
}
