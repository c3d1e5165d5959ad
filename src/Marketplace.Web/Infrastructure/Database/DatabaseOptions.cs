using Marketplace.SharedKernel.Persistence;

namespace Marketplace.Web.Infrastructure.Database;

/// <summary>"Database:Provider" and "ConnectionStrings:Marketplace".</summary>
internal sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseOptions From(IConfiguration configuration, string contentRoot)
    {
        var provider = configuration.GetValue("Database:Provider", DatabaseProvider.Sqlite);
        var connectionString = configuration.GetConnectionString("Marketplace");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new InvalidOperationException($"Database:Provider is {provider}: set ConnectionStrings:Marketplace.");
            }

            connectionString = "Data Source=App_Data/marketplace.db";
        }

        return new DatabaseOptions(provider, provider == DatabaseProvider.Sqlite ? AnchorSqlite(connectionString, contentRoot) : connectionString);
    }

    /// <summary>A relative SQLite file lives under the content root, whatever the working directory.</summary>
    private static string AnchorSqlite(string connectionString, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        if (builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(builder.DataSource))!);
        }

        // Writers wait for each other instead of failing with "database is locked".
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
