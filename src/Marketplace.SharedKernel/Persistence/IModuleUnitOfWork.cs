namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// The DbContext of one module, registered under the module's transaction type (IRunsIn's
/// argument), so that the unit-of-work behaviour creates only the context its command changes.
/// </summary>
public interface IModuleUnitOfWork
{
    ModuleDbContext Context { get; }
}

public sealed class ModuleUnitOfWork<TContext>(TContext context) : IModuleUnitOfWork
    where TContext : ModuleDbContext
{
    public ModuleDbContext Context { get; } = context;
}
