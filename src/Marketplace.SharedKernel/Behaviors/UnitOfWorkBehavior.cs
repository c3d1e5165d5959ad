using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.SharedKernel.Behaviors;

/// <summary>
/// Wraps each command in its module's transaction: the handler changes entities and queues
/// integration events, and they are saved together, or not at all when the handler returns a
/// failure or throws. Queries pass through untouched.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IEnumerable<IModuleUnitOfWork> unitsOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var ns = typeof(TMessage).Namespace ?? string.Empty;
        var unitOfWork = unitsOfWork.FirstOrDefault(u => (ns + ".").StartsWith(u.ModuleNamespace + ".", StringComparison.Ordinal));
        var db = unitOfWork?.Context;
        if (db is null || db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
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
}
