namespace Marketplace.SharedKernel.Persistence;

/// <summary>
/// Which instance runs a timed job (the payment deadlines …) until when: with several instances,
/// each job runs on one of them, and moves to another when that one stops renewing its lease.
/// </summary>
public sealed class JobLease
{
    public const int HolderLength = 200;

    private JobLease()
    {
    }

    public JobLease(string job, string holder, DateTimeOffset until)
    {
        Job = job;
        Holder = holder;
        Until = until;
        Version = Guid.NewGuid();
    }

    public string Job { get; private set; } = string.Empty;

    public string Holder { get; private set; } = string.Empty;

    public DateTimeOffset Until { get; private set; }

    /// <summary>Checked by each UPDATE: of two instances renewing from the same read, one wins.</summary>
    public Guid Version { get; private set; }

    public void Renew(string holder, DateTimeOffset until)
    {
        Holder = holder;
        Until = until;
        Version = Guid.NewGuid();
    }
}
