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

    private static readonly SemaphoreSlim TemplateGate = new(1, 1);
    private static TestDatabase? _template;

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

        return Postgres(server, name);
    }

    private static TestDatabase Postgres(string server, string name)
    {
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

    /// <summary>
    /// A fresh database holding what a host's first start makes (every migration, the demo data,
    /// the notifications it raised delivered), copied from a template made once per test process by
    /// <paramref name="seed"/>: a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL.
    /// Migrating and seeding anew took about two seconds of CPU for each of a hundred hosts.
    /// </summary>
    public static async Task<TestDatabase> SeededAsync(Func<TestDatabase, Task> seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        await TemplateGate.WaitAsync();
        try
        {
            if (_template is null)
            {
                var template = await CreateAsync();
                await seed(template);
                await template.QuiesceAsync();
                _template = template;
                AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            // One copy at a time: PostgreSQL refuses to copy a template while another copy reads it.
            return await _template.CopyAsync();
        }
        finally
        {
            TemplateGate.Release();
        }
    }

    /// <summary>Nobody holds the template open, and SQLite has written its log into the file.</summary>
    private async Task QuiesceAsync()
    {
        if (Provider == "Sqlite")
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
            await connection.CloseAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
        else
        {
            NpgsqlConnection.ClearAllPools();
        }
    }

    private async Task<TestDatabase> CopyAsync()
    {
        if (Provider == "Sqlite")
        {
            var source = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
            var copy = await CreateAsync();
            File.Copy(source, new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(copy.ConnectionString).DataSource);
            return copy;
        }

        var server = Environment.GetEnvironmentVariable("MARKETPLACE_TEST_POSTGRES")!;
        var name = $"marketplace_test_{Guid.NewGuid():N}";
        var template = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        return Postgres(server, name);
    }
}
