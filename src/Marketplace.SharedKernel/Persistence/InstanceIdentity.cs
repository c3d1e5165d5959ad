namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// This running instance of the marketplace, as the outbox claims and job leases name it: the
/// host, the process, and a random part (two hosts in one process, as in the tests, differ too).
/// </summary>
public sealed class InstanceIdentity
{
    public string Name { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}" is var name
        && name.Length > JobLease.HolderLength ? name[^JobLease.HolderLength..] : name;
}
