namespace Marketplace.SharedKernel.Outbox;

/// <summary>Configuration section "Outbox".</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>False stops the background dispatch (messages stay in the outbox until it is on again).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How often the outbox is looked at without being woken: a message this process commits wakes
    /// its dispatcher at once (<see cref="OutboxSignals"/>); this is for another instance's messages
    /// and retries come due. Idle, each module asks the database once per interval.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// How long an instance holds a message it is delivering; one that dies (or hangs) meanwhile
    /// lets another instance deliver it after this. Longer than any handler takes.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>After this many failed attempts a message is left for an operator to look at.</summary>
    public int MaxAttempts { get; set; } = 10;
}
