namespace Marketplace.Web.Infrastructure.Database;

/// <summary>
/// On SQLite, one write transaction at a time in this process, queued in memory. SQLite itself
/// admits one writer per file; a second BEGIN IMMEDIATE gets SQLITE_BUSY, and Microsoft.Data.Sqlite
/// answers that by blocking its thread in Thread.Sleep(150) and trying again: sixteen shoppers
/// adding to their carts spent half their time asleep on thread-pool threads, and a request that
/// came last waited in steps of 150 ms. Here the next writer awaits, without a thread, and starts
/// the moment the last one ends. Readers never wait (WAL). Another process on the same file (a
/// tool, a migration) still meets SQLite's own lock and the driver's retries. Scopes hold it
/// through <see cref="ScopeConnection"/>, which lets go when the transaction ends, or at the
/// latest when the scope ends (EF disposes of a transaction without telling interceptors).
/// </summary>
internal sealed class SqliteWriteGate : IDisposable
{
    /// <summary>As long as the driver's own wait for a locked file (DefaultTimeout, 30 s).</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async ValueTask EnterAsync(CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(Patience, cancellationToken))
        {
            throw Busy();
        }
    }

    public void Enter()
    {
        if (!_gate.Wait(Patience))
        {
            throw Busy();
        }
    }

    public void Leave() => _gate.Release();

    public void Dispose() => _gate.Dispose();

    private static TimeoutException Busy() =>
        new($"Another write transaction held the SQLite database for {Patience.TotalSeconds:F0} s; this one was not started.");
}
