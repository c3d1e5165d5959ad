using System.Data.Common;
using System.Runtime.CompilerServices;
using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Removes the cached reads a module's saved change made stale (<see cref="ModuleDbContext.CachedReadsChangedBy"/>),
/// from this instance's memory and from the shared cache (Redis, where configured), so an edit
/// made through one instance shows through every other once their short local copies lapse; and
/// evicts the shopper pages it made stale (<see cref="ModuleDbContext.PagesChangedBy"/>) from the
/// output cache, which instances share whole in Redis.
/// Removed once the change is saved, again when its transaction commits (whichever module's
/// context commits it: checkout saves Catalog's stock in Ordering's transaction); reads once more a
/// moment later, for a read made from the rows as they were before the commit and cached after the
/// first removals. A page rendered across an eviction is not stored at all (<see cref="ShopPageEvictions"/>).
/// </summary>
internal sealed class CachedReadsInvalidator(IServiceProvider services) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>Long enough for a read begun before the commit to have been stored (reads take milliseconds).</summary>
    private static readonly TimeSpan Straggler = TimeSpan.FromSeconds(2);

    /// <summary>The contexts with stale reads saved in each open transaction, whichever context began it.</summary>
    private readonly ConditionalWeakTable<DbTransaction, HashSet<ModuleDbContext>> _pending = [];

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext context && Stale(context))
        {
            var transaction = context.Database.CurrentTransaction?.GetDbTransaction();
            if (transaction is not null)
            {
                lock (_pending)
                {
                    _pending.GetOrCreateValue(transaction).Add(context);
                }
            }

            await RemoveAsync(context, clear: transaction is null);
        }

        return result;
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        foreach (var context in Take(transaction, eventData.Context))
        {
            if (Stale(context))
            {
                await RemoveAsync(context, clear: true);
            }
        }
    }

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        foreach (var context in Take(transaction, eventData.Context))
        {
            context.StaleCachedReads.Clear();
            context.StalePages.Clear();
        }

        return Task.CompletedTask;
    }

    private static bool Stale(ModuleDbContext context) => context.StaleCachedReads.Count > 0 || context.StalePages.Count > 0;

    private List<ModuleDbContext> Take(DbTransaction transaction, DbContext? ending)
    {
        var contexts = new List<ModuleDbContext>();
        lock (_pending)
        {
            if (_pending.TryGetValue(transaction, out var saved))
            {
                contexts.AddRange(saved);
                _pending.Remove(transaction);
            }
        }

        if (ending is ModuleDbContext context && !contexts.Contains(context))
        {
            contexts.Add(context);
        }

        return contexts;
    }

    private async Task RemoveAsync(ModuleDbContext context, bool clear)
    {
        var reads = context.StaleCachedReads.ToList();
        var pages = context.StalePages.ToList();
        await RemoveAsync(reads, pages);
        if (clear)
        {
            context.StaleCachedReads.Clear();
            context.StalePages.Clear();

            // Committed: once more in a moment, for what was read before the commit and stored after.
            if (reads.Count > 0)
            {
                _ = RemoveAgainAsync(reads);
            }
        }
    }

    private async Task RemoveAgainAsync(List<string> reads)
    {
        await Task.Delay(Straggler);
        try
        {
            await RemoveAsync(reads, []);
        }
#pragma warning disable CA1031 // Nobody awaits this: the host may have stopped, or Redis be away (the removals at commit told).
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private async Task RemoveAsync(List<string> reads, List<string> pages)
    {
        // Not the request's token: a change that is saved is announced even if the caller has gone.
        if (reads.Count > 0 && services.GetService<HybridCache>() is { } cache)
        {
            await cache.RemoveAsync(reads, CancellationToken.None);
        }

        if (pages.Count > 0 && services.GetService<IOutputCacheStore>() is { } store)
        {
            services.GetService<ShopPageEvictions>()?.Note();
            foreach (var tag in pages)
            {
                await store.EvictByTagAsync(tag, CancellationToken.None);
            }
        }
    }
}
