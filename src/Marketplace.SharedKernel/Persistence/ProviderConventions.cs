using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>What every DbContext does differently on SQLite, the embedded default.</summary>
public static class SqliteConventions
{
    public static bool IsSqlite(this DatabaseFacade database) =>
        database?.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    /// <summary>SQLite cannot compare or order DateTimeOffset columns; stored as UTC ticks it can.</summary>
    public static void StoreDateTimeOffsetsAsTicks(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
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
