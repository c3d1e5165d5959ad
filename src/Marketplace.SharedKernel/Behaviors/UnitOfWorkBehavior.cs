using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.SharedKernel.Behaviors;

/// <summary>
/// Wraps each <see cref="IRunsIn{TModule}"/> command in its module's transaction: the handler
/// changes entities and queues integration events, and they are saved together, or not at all
/// when the handler returns a failure or throws. Other messages pass through untouched: queries,
/// and commands whose handler owns its transaction (<see cref="IOwnsTransaction{TModule}"/>).
/// Only the command's own module's DbContext is created (ADR 0005).
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IServiceProvider services)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    private static readonly Type? Module = ModuleTransactions.RunsIn(typeof(TMessage));

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (Module is null)
        {
            return await next(message, cancellationToken);
        }

        var db = services.GetRequiredKeyedService<IModuleUnitOfWork>(Module).Context;
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        // Another module's command is running this one inside its own transaction (checkout takes
        // stock through Catalog): join it, on the connection all modules of the request share.
        if (services.GetService<IOpenTransaction>()?.Current is { } outer)
        {
            return await JoinAsync(db, outer, message, next, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        TResponse response;
        try
        {
            response = await next(message, cancellationToken);
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }

        if (response is IResultOutcome { IsSuccess: false })
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return response;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }

    /// <summary>
    /// Saves this module's changes in the outer transaction, which commits or rolls back all of
    /// them. A savepoint keeps the old promise of a failed command: nothing it did stays.
    /// </summary>
    private static async ValueTask<TResponse> JoinAsync(
        ModuleDbContext db,
        IDbContextTransaction outer,
        TMessage message,
        MessageHandlerDelegate<TMessage, TResponse> next,
        CancellationToken cancellationToken)
    {
        var savepoint = "module_" + db.Schema;
        await db.Database.UseTransactionAsync(outer.GetDbTransaction(), cancellationToken);
        try
        {
            await outer.CreateSavepointAsync(savepoint, cancellationToken);
            TResponse response;
            try
            {
                response = await next(message, cancellationToken);
                if (response is not IResultOutcome { IsSuccess: false })
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return response;
                }
            }
            catch
            {
                db.ChangeTracker.Clear();
                try
                {
                    await outer.RollbackToSavepointAsync(savepoint, CancellationToken.None);
                }
#pragma warning disable CA1031 // The savepoint may be gone with a doomed transaction; the first failure is the one to report.
                catch
#pragma warning restore CA1031
                {
                }

                throw;
            }

            db.ChangeTracker.Clear();
            await outer.RollbackToSavepointAsync(savepoint, cancellationToken);
            return response;
        }
        finally
        {
            await db.Database.UseTransactionAsync(null, CancellationToken.None);
        }
    }
}
