using Marketplace.SharedKernel.Persistence;

namespace Marketplace.Vendors.Contracts;

/// <summary>
/// The Vendors module's transaction, by name: a command that changes Vendors's data says
/// <c>IRunsIn&lt;VendorsTransaction&gt;</c>, wherever it is declared (ADR 0005).
/// </summary>
public sealed class VendorsTransaction : IModuleTransaction
{
    private VendorsTransaction()
    {
    }
}
