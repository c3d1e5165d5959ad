using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Removes the cached reads a module's saved change made stale (<see cref="ModuleDbContext.CachedReadsChangedBy"/>),
/// from this instance's memory and from the shared cache (Redis, where configured), so an edit
/// made through one instance shows through every other once their short local copies lapse.
/// Removed once the change is saved and again when its transaction commits: a read that came
/// in between, and cached the rows as they were before the commit, is dropped too.
/// </summary>
internal sealed class CachedReadsInvalidator(IServiceProvider services) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext { StaleCachedReads.Count: > 0 } context)
        {
            await RemoveAsync(context, clear: context.Database.CurrentTransaction is null);
        }

        return result;
    }

    async Task IDbTransactionInterceptor.TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        if (eventData.Context is ModuleDbContext { StaleCachedReads.Count: > 0 } context)
        {
            await RemoveAsync(context, clear: true);
        }
    }

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        (eventData.Context as ModuleDbContext)?.StaleCachedReads.Clear();
        return Task.CompletedTask;
    }

    private async Task RemoveAsync(ModuleDbContext context, bool clear)
    {
        if (services.GetService<HybridCache>() is { } cache)
        {
            // Not the request's token: a change that is saved is announced even if the caller has gone.
            await cache.RemoveAsync(context.StaleCachedReads.ToList(), CancellationToken.None);
        }

        if (clear)
        {
            context.StaleCachedReads.Clear();
        }
    }
}
