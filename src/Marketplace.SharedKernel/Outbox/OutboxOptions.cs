namespace Marketplace.SharedKernel.Outbox;

/// <summary>Configuration section "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>False stops the background dispatch (messages stay in the outbox until it is on again).</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long an instance holds a message it is delivering; one that dies (or hangs) meanwhile
    /// lets another instance deliver it after this. Longer than any handler takes.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many failed attempts a message is left for an operator to look at.</summary>
    public int MaxAttempts { get; set; } = 10;
}
