using Marketplace.SharedKernel.Persistence;

namespace Marketplace.Ordering.Contracts;

/// <summary>
/// The Ordering module's transaction, by name: a command that changes Ordering's data says
/// <c>IRunsIn&lt;OrderingTransaction&gt;</c>, wherever it is declared (ADR 0005).
/// </summary>
public sealed class OrderingTransaction : IModuleTransaction
{
    private OrderingTransaction()
    {
    }
}
