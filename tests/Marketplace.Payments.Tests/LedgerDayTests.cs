using Marketplace.Payments.Data;
using Marketplace.Payments.Domain;
using Marketplace.Payments.Features.Ledger;
using Marketplace.SharedKernel;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Payments.Tests;

/// <summary>An entry's Vietnamese day: kept when booked, and set by the migration's SQL for entries booked before.</summary>
public sealed class LedgerDayTests
{
    public static TheoryData<string, string> Instants() => new()
    {
        { "2026-12-03T16:59:59+00:00", "2026-12-03" }, // 23:59:59 in Hà Nội
        { "2026-12-03T17:00:00+00:00", "2026-12-04" }, // midnight in Hà Nội
        { "2026-12-04T06:30:00+07:00", "2026-12-04" },
        { "2026-12-04T00:30:00+07:00", "2026-12-04" },
        { "2026-12-03T09:00:00-08:00", "2026-12-04" }, // 17:00 UTC, written from another offset
        { "2026-01-01T00:00:00+00:00", "2026-01-01" },
    };

    [Theory]
    [MemberData(nameof(Instants))]
    public async Task TheBackfill_OnSqlite_GivesTheDayAnEntryIsBookedWith(string at, string day)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var db = new PaymentsDbContext(new DbContextOptionsBuilder<PaymentsDbContext>().UseSqlite(connection).Options);
        await db.Database.EnsureCreatedAsync();
        var instant = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var entry = new LedgerEntry(CooperativeId.New(), "HTX Suối Giàng", LedgerEntryKind.Sale, 740_000, "sale:1", "Bán hàng", instant);
        db.Ledger.Add(entry);
        await db.SaveChangesAsync();
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), entry.Day);

        await db.Database.ExecuteSqlRawAsync("""UPDATE "payments_ledger_entries" SET "Day" = '0001-01-01';""");
        await db.Database.ExecuteSqlRawAsync(LedgerDayBackfill.Sqlite);
        Assert.Equal(entry.Day, await db.Ledger.AsNoTracking().Select(e => e.Day).SingleAsync());
    }
}
