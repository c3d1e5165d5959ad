using System.Data.Common;
using Marketplace.SharedKernel.Persistence;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Marketplace.Web.Infrastructure.Database;

/// <summary>
/// One connection per request (per DI scope), shared by every module's DbContext in it. Modules
/// still own their tables and contexts; sharing the connection is what lets a change that spans
/// two modules be one transaction: checkout's claim on the cart, the stock Catalog takes and the
/// order are committed together or not at all, even when the process dies in between. EF opens
/// and closes it around each use as it would its own; the scope disposes of it.
/// </summary>
internal sealed class ScopeConnection(DatabaseOptions options, SqliteWriteGate writeGate) : IOpenTransaction, IAsyncDisposable, IDisposable
{
    private DbConnection? _connection;

    /// <summary>Whether this scope holds <see cref="SqliteWriteGate"/> (SQLite only).</summary>
    private bool _writing;

    public DbConnection Connection => _connection ??= options.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteConnection(options.ConnectionString),
        DatabaseProvider.Postgres => new NpgsqlConnection(options.ConnectionString),
        DatabaseProvider.SqlServer => new SqlConnection(options.ConnectionString),
        _ => throw new InvalidOperationException($"Unknown database provider {options.Provider}."),
    };

    private DbContext? _transactionOwner;

    /// <summary>
    /// The transaction open on the connection, whichever module's context began it. Asked of that
    /// context each time, because EF ends a transaction it disposes without telling interceptors.
    /// </summary>
    public DbTransaction? Transaction => Current?.GetDbTransaction();

    public IDbContextTransaction? Current => _transactionOwner?.Database.CurrentTransaction;

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        StopWriting();
    }

    /// <summary>Scopes disposed without await (a test's, a library's) must not throw.</summary>
    public void Dispose()
    {
        _connection?.Dispose();
        StopWriting();
    }

    private bool Gated => options.Provider == DatabaseProvider.Sqlite && !_writing;

    private void SaveInTransaction(DbContext? context)
    {
        if (options.Provider == DatabaseProvider.Sqlite && context is not null)
        {
            context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        }
    }

    private void StartWriting()
    {
        if (Gated)
        {
            writeGate.Enter();
            _writing = true;
        }
    }

    private async ValueTask StartWritingAsync(CancellationToken cancellationToken)
    {
        if (Gated)
        {
            await writeGate.EnterAsync(cancellationToken);
            _writing = true;
        }
    }

    private void StopWriting()
    {
        if (_writing)
        {
            _writing = false;
            writeGate.Leave();
        }
    }

    /// <summary>
    /// Keeps <see cref="Transaction"/> and puts every command of every context on the connection
    /// into it: a query of one module made while another's transaction is open (checkout prices
    /// the cart through Catalog) runs inside it, as SQLite and SQL Server require. Commands join
    /// it through UnitOfWorkBehavior, which also gives them a savepoint.
    /// </summary>
    public sealed class Interceptor(ScopeConnection scope) : IDbTransactionInterceptor, IDbCommandInterceptor, ISaveChangesInterceptor
    {
        /// <summary>
        /// On SQLite, a save of a single statement is a transaction too, so that it waits at the
        /// <see cref="SqliteWriteGate"/> like every other write (EF would send it on its own).
        /// </summary>
        public ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            scope.SaveInTransaction(eventData.Context);
            return ValueTask.FromResult(result);
        }

        public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
        {
            scope.SaveInTransaction(eventData.Context);
            return result;
        }

        public InterceptionResult<DbTransaction> TransactionStarting(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
        {
            scope.StartWriting();

            return result;
        }

        public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
            DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
            CancellationToken cancellationToken = default)
        {
            await scope.StartWritingAsync(cancellationToken);

            return result;
        }

        public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => scope.StopWriting();

        public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            scope.StopWriting();
            return Task.CompletedTask;
        }

        public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => scope.StopWriting();

        public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            scope.StopWriting();
            return Task.CompletedTask;
        }

        public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
        {
            scope._transactionOwner = eventData.Context;
            return result;
        }

        public ValueTask<DbTransaction> TransactionStartedAsync(
            DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
        {
            scope._transactionOwner = eventData.Context;
            return ValueTask.FromResult(result);
        }

        public DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            if (result.Transaction is null && scope.Transaction is { } open)
            {
                result.Transaction = open;
            }

            return result;
        }
    }
}
