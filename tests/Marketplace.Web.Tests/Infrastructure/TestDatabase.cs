using Npgsql;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>
/// The database a test host runs on: a fresh SQLite file by default, or a fresh database on the
/// PostgreSQL server the test command started, when MARKETPLACE_TEST_DATABASE=Postgres.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string provider, string connectionString, Func<ValueTask> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    private readonly Func<ValueTask> _drop;

    public string Provider { get; }

    public string ConnectionString { get; }

    public static bool UsePostgres =>
        string.Equals(Environment.GetEnvironmentVariable("MARKETPLACE_TEST_DATABASE"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public static async Task<TestDatabase> CreateAsync()
    {
        if (!UsePostgres)
        {
            var file = Path.Combine(Path.GetTempPath(), $"marketplace-test-{Guid.NewGuid():N}.db");
            return new TestDatabase("Sqlite", $"Data Source={file}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                {
                    File.Delete(file + suffix);
                }

                return ValueTask.CompletedTask;
            });
        }

        var server = Environment.GetEnvironmentVariable("MARKETPLACE_TEST_POSTGRES")
            ?? throw new InvalidOperationException("MARKETPLACE_TEST_POSTGRES is not set: run the tests with scripts/test.");
        var name = $"marketplace_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new TestDatabase("Postgres", connection, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public ValueTask DisposeAsync() => _drop();
}
