using Marketplace.SharedKernel.Persistence;

namespace Marketplace.Catalog.Contracts;

/// <summary>
/// The Catalog module's transaction, by name: a command that changes Catalog's data says
/// <c>IRunsIn&lt;CatalogTransaction&gt;</c>, wherever it is declared (ADR 0005).
/// </summary>
public sealed class CatalogTransaction : IModuleTransaction
{
    private CatalogTransaction()
    {
    }
}
