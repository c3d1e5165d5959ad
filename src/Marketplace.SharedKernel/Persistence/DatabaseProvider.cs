namespace Marketplace.SharedKernel.Persistence;

/// <summary>The value of the "Database:Provider" setting.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}

public static class DatabaseProviders
{
    /// <summary>
    /// Whether a context runs on PostgreSQL, by the provider's name, so that a module needing
    /// PostgreSQL-specific SQL does not have to reference Npgsql's package.
    /// </summary>
    public static bool IsPostgres(this Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade database) =>
        database?.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
}
