using System.Data.Common;
using Marketplace.SharedKernel.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Marketplace.Web.Infrastructure.Database;

/// <summary>
/// One instance at a time brings the database up to date: instances started together (a rolling
/// update, two replicas on an empty database) otherwise race on the migrations' DDL and on the
/// role and demo seeders, and one of them crashes or seeds twice. The lock is the database's own
/// where it has one (a session-level advisory lock on PostgreSQL, an application lock on SQL
/// Server), so it holds across machines and is released when a crashed instance's connection
/// drops; SQLite is one machine's file, so a lock file beside it does.
/// </summary>
internal static partial class PreparationLock
{
    // Any fixed number, the same in every instance: the advisory lock's key.
    private const long AdvisoryKey = 0x4D41524B4554; // "MARKET"

    private const string AppLock = "marketplace-prepare-database";

    /// <summary>
    /// Waits for the lock, and for the database itself when it is not up yet (a server that
    /// starts after the instances), retrying until <paramref name="patience"/> runs out.
    /// </summary>
    public static async Task<IAsyncDisposable> AcquireAsync(DatabaseOptions options, TimeSpan patience, ILogger logger, CancellationToken cancellationToken)
    {
        var giveUpAt = DateTimeOffset.UtcNow + patience;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return options.Provider switch
                {
                    DatabaseProvider.Postgres => await PostgresAsync(options.ConnectionString, cancellationToken),
                    DatabaseProvider.SqlServer => await SqlServerAsync(options.ConnectionString, cancellationToken),
                    _ => await SqliteFileAsync(options.ConnectionString, cancellationToken),
                };
            }
            catch (Exception exception) when (IsNotUpYet(exception) && DateTimeOffset.UtcNow < giveUpAt)
            {
                LogWaiting(logger, attempt, exception.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)), cancellationToken);
            }
        }
    }

    private static bool IsNotUpYet(Exception exception) =>
        exception is NpgsqlException { IsTransient: true } or SqlException or System.Net.Sockets.SocketException or TimeoutException
        || exception is NpgsqlException { InnerException: System.Net.Sockets.SocketException or TimeoutException or IOException };

    private static Task<IAsyncDisposable> PostgresAsync(string connectionString, CancellationToken cancellationToken) =>
        SessionLockAsync(
            new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString),
            $"SELECT pg_advisory_lock({AdvisoryKey})",
            cancellationToken);

    private static Task<IAsyncDisposable> SqlServerAsync(string connectionString, CancellationToken cancellationToken) =>
        SessionLockAsync(
            new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString),
            $"EXEC sp_getapplock @Resource = '{AppLock}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1",
            cancellationToken);

    /// <summary>
    /// Takes a lock that belongs to the session, on a connection of its own with pooling off: the
    /// lock is released when the connection closes (not when it goes back to a pool), so also when
    /// the instance dies.
    /// </summary>
    private static async Task<IAsyncDisposable> SessionLockAsync(DbConnection connection, string takeLock, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var take = connection.CreateCommand();
            take.CommandText = takeLock;
            take.CommandTimeout = 0;
            await take.ExecuteNonQueryAsync(cancellationToken);
            return new Held(connection.DisposeAsync);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<IAsyncDisposable> SqliteFileAsync(string connectionString, CancellationToken cancellationToken)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (dataSource == ":memory:" || string.IsNullOrEmpty(dataSource))
        {
            return new Held(() => ValueTask.CompletedTask);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(dataSource))!);
        var path = Path.GetFullPath(dataSource) + ".prepare-lock";
        while (true)
        {
            try
            {
                // Exclusive while open; the OS closes it when the process dies, so no stale lock stays.
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
                return new Held(file.DisposeAsync);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    private sealed class Held(Func<ValueTask> release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => release();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is not reachable yet (attempt {Attempt}): {Reason}. Waiting before the next try.")]
    private static partial void LogWaiting(ILogger logger, int attempt, string reason);
}
