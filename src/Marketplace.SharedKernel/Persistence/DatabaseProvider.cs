namespace Marketplace.SharedKernel.Persistence;

/// <summary>The value of the "Database:Provider" setting.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
    SqlServer,
}
