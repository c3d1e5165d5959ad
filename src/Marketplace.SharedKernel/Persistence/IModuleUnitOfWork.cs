namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// The transaction of one module, found by the unit-of-work behaviour from the namespace of the
/// command being handled ("Marketplace.Vendors…" commands commit the Vendors context).
/// </summary>
public interface IModuleUnitOfWork
{
    string ModuleNamespace { get; }

    ModuleDbContext Context { get; }
}

public sealed class ModuleUnitOfWork<TContext>(TContext context, string moduleNamespace) : IModuleUnitOfWork
    where TContext : ModuleDbContext
{
    public string ModuleNamespace { get; } = moduleNamespace;

    public ModuleDbContext Context { get; } = context;
}
