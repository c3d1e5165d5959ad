using System.Data.Common;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Removes the cached reads a module's saved change made stale (<see cref="ModuleDbContext.CachedReadsChangedBy"/>),
/// from this instance's memory and from the shared cache (Redis, where configured), so an edit
/// made through one instance shows through every other once their short local copies lapse; and
/// evicts the shopper pages it made stale (<see cref="ModuleDbContext.PagesChangedBy"/>) from the
/// output cache, which instances share whole in Redis.
/// Removed once the change is saved and again when its transaction commits: a read that came
/// in between, and cached the rows as they were before the commit, is dropped too.
/// </summary>
internal sealed class CachedReadsInvalidator(IServiceProvider services) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext context && Stale(context))
        {
            await RemoveAsync(context, clear: context.Database.CurrentTransaction is null);
        }

        return result;
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (eventData.Context is ModuleDbContext context && Stale(context))
        {
            await RemoveAsync(context, clear: true);
        }
    }

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (eventData.Context is ModuleDbContext context)
        {
            context.StaleCachedReads.Clear();
            context.StalePages.Clear();
        }

        return Task.CompletedTask;
    }

    private static bool Stale(ModuleDbContext context) => context.StaleCachedReads.Count > 0 || context.StalePages.Count > 0;

    private async Task RemoveAsync(ModuleDbContext context, bool clear)
    {
        // Not the request's token: a change that is saved is announced even if the caller has gone.
        if (context.StaleCachedReads.Count > 0 && services.GetService<HybridCache>() is { } cache)
        {
            await cache.RemoveAsync(context.StaleCachedReads.ToList(), CancellationToken.None);
        }

        if (context.StalePages.Count > 0 && services.GetService<IOutputCacheStore>() is { } pages)
        {
            foreach (var tag in context.StalePages.ToList())
            {
                await pages.EvictByTagAsync(tag, CancellationToken.None);
            }
        }

        if (clear)
        {
            context.StaleCachedReads.Clear();
            context.StalePages.Clear();
        }
    }
}
