using Microsoft.EntityFrameworkCore.Storage;

namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Names one module's transaction: each module's Contracts declares one (OrderingTransaction),
/// so a command in any assembly can say, by type, whose DbContext its changes are saved in.
/// </summary>
#pragma warning disable CA1040 // A marker: its type is the information.
public interface IModuleTransaction;

/// <summary>
/// A command whose changes are saved in <typeparamref name="TModule"/>'s transaction, by
/// UnitOfWorkBehavior: begun before the handler, committed when it succeeds, rolled back when
/// it fails or throws. Sent inside another module's open transaction, it joins that one
/// (with a savepoint, so a failure of its own undoes only its own changes). See ADR 0005.
/// </summary>
public interface IRunsIn<TModule>
    where TModule : IModuleTransaction;

/// <summary>
/// A command whose handler opens <typeparamref name="TModule"/>'s transaction itself, because it
/// coordinates several modules (checkout takes Catalog's stock in Ordering's transaction) or
/// calls a provider that must stay outside any transaction (Stripe). Commands it sends join it.
/// </summary>
public interface IOwnsTransaction<TModule>
    where TModule : IModuleTransaction;
#pragma warning restore CA1040

/// <summary>The transaction open on the scope's shared connection, whichever module began it.</summary>
public interface IOpenTransaction
{
    IDbContextTransaction? Current { get; }
}

public static class ModuleTransactions
{
    /// <summary>The module a message's changes are saved in by the pipeline, or null (queries, and commands that own theirs).</summary>
    public static Type? RunsIn(Type message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRunsIn<>))
            .Select(i => i.GetGenericArguments()[0])
            .SingleOrDefault();
    }
}
