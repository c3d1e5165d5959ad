using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Marketplace.SharedKernel.Outbox;

/// <summary>
/// Wakes a module's outbox dispatcher in this process when a message it should deliver is
/// committed, so that a mail or a notice goes out at once and an idle outbox is not asked every
/// half second. The dispatcher still looks on its own every <see cref="OutboxOptions.PollInterval"/>:
/// for a message another instance wrote and did not deliver (it died), one written before a
/// start, and a retry that has come due.
/// </summary>
public sealed class OutboxSignals
{
    private readonly ConcurrentDictionary<Type, TaskCompletionSource> _next = new();

    /// <summary>
    /// Completes when <see cref="Wake"/> is next called for <paramref name="context"/>'s module.
    /// Taken before a pass, so that a message committed during the pass wakes the next one.
    /// </summary>
    public Task Next(Type context) => _next.GetOrAdd(context, _ => NewSource()).Task;

    public void Wake(Type context)
    {
        if (_next.TryRemove(context, out var waiting))
        {
            waiting.TrySetResult();
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>
/// Wakes the module's dispatcher (<see cref="OutboxSignals"/>) once a save that wrote to its outbox
/// is committed: at once when the save had no transaction, else when the transaction (whichever
/// module's context began it) commits; nothing when it rolls back.
/// </summary>
internal sealed class OutboxWake(OutboxSignals signals) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>The modules with messages saved in each open transaction.</summary>
    private readonly ConditionalWeakTable<DbTransaction, HashSet<Type>> _pending = [];

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext { OutboxWritten: true } context)
        {
            context.OutboxWritten = false;
            if (context.Database.CurrentTransaction?.GetDbTransaction() is { } transaction)
            {
                lock (_pending)
                {
                    _pending.GetOrCreateValue(transaction).Add(context.GetType());
                }
            }
            else
            {
                signals.Wake(context.GetType());
            }
        }

        return ValueTask.FromResult(result);
    }

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        foreach (var module in Take(transaction))
        {
            signals.Wake(module);
        }

        return Task.CompletedTask;
    }

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Take(transaction);
        return Task.CompletedTask;
    }

    private List<Type> Take(DbTransaction transaction)
    {
        lock (_pending)
        {
            if (!_pending.TryGetValue(transaction, out var modules))
            {
                return [];
            }

            _pending.Remove(transaction);
            return [.. modules];
        }
    }
}
