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
