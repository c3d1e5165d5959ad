using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>What every DbContext does differently on SQLite, the embedded default.</summary>
public static class SqliteConventions
{
    public static bool IsSqlite(this DatabaseFacade database) =>
        database?.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>SQLite cannot compare or order DateTimeOffset columns; stored as UTC ticks it can (<see cref="UtcTicksConverter"/>).</summary>
    public static void StoreDateTimeOffsetsAsTicks(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}

/// <summary>
/// An instant as EF Core's binary form (its wall-clock ticks beside its offset), taken in UTC
/// first. SQLite compares the numbers, that is the wall-clock ticks: a bound at +07:00 (the start
/// of a Vietnamese day) against moments saved in UTC would shift every day by seven hours. A
/// moment saved in UTC is written exactly as before, so the rows already kept read the same.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(v => ToTicks(v), v => FromTicks(v))
{
    private static readonly DateTimeOffsetToBinaryConverter Binary = new();

    private static long ToTicks(DateTimeOffset at) => (long)Binary.ConvertToProvider(at.ToUniversalTime())!;

    private static DateTimeOffset FromTicks(long ticks) => (DateTimeOffset)Binary.ConvertFromProvider(ticks)!;
}

/// <summary>
/// PostgreSQL keeps an instant as UTC and Npgsql refuses to write a DateTimeOffset of any other
/// offset, saved or compared. Every instant is turned to UTC on its way to the database, so a
/// moment built in Vietnam's time (the start of a Vietnamese day, a settlement date) or sent
/// by a client with its own offset is the same instant there, never an exception.
/// </summary>
public static class PostgresConventions
{
    public static void StoreDateTimeOffsetsAsUtc(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }
}

/// <summary>An instant written as UTC (see <see cref="PostgresConventions"/>); read back as it is.</summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
