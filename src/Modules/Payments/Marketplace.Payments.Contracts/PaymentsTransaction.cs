using Marketplace.SharedKernel.Persistence;

namespace Marketplace.Payments.Contracts;

/// <summary>
/// The Payments module's transaction, by name: a command that changes Payments's data says
/// <c>IRunsIn&lt;PaymentsTransaction&gt;</c>, wherever it is declared (ADR 0005).
/// </summary>
public sealed class PaymentsTransaction : IModuleTransaction
{
    private PaymentsTransaction()
    {
    }
}
