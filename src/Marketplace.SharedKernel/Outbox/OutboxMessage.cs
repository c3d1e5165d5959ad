using System.Diagnostics;
using System.Text.Json;
using Marketplace.SharedKernel.Messaging;

namespace Marketplace.SharedKernel.Outbox;

/// <summary>An integration event saved in the same transaction as the change that raised it.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>"Full.Type.Name, Assembly": enough to find the type again without pinning a version.</summary>
    public string Type { get; private set; } = string.Empty;

    public string Payload { get; private set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The instance delivering it now (<see cref="Persistence.InstanceIdentity"/>), until <see cref="ClaimedUntil"/>.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>When the claim lapses: an instance that died or hung while delivering gives the message up then.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>
    /// Changes with every claim and every outcome, and is checked by each UPDATE (a concurrency
    /// token): of two instances that read the message as free, only the first one's claim is
    /// saved, and a claim made from a read older than another instance's delivery is refused.
    /// </summary>
    public Guid Version { get; private set; }

    /// <summary>
    /// The W3C trace context of the request that raised the event ("00-trace-span-flags"), so
    /// that its delivery, on whichever instance and however many attempts later, is traced as
    /// part of the same trace as the checkout or the approval that caused it.
    /// </summary>
    public string? TraceParent { get; private set; }

    /// <summary>The event's short name ("OrderPlaced"), for traces, metrics and logs.</summary>
    public string EventName
    {
        get
        {
            var fullName = Type.Split(',')[0];
            var name = fullName[(fullName.LastIndexOfAny(['.', '+']) + 1)..];
            return name.EndsWith("IntegrationEvent", StringComparison.Ordinal) ? name[..^"IntegrationEvent".Length] : name;
        }
    }

    public static OutboxMessage From(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type),
            OccurredAt = integrationEvent.OccurredAt,
            NextAttemptAt = integrationEvent.OccurredAt,
            TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null,
        };
    }

    public IIntegrationEvent ToIntegrationEvent()
    {
        var type = System.Type.GetType(Type, throwOnError: false);
        if (type is null || !typeof(IIntegrationEvent).IsAssignableFrom(type))
        {
            throw new InvalidOperationException($"Outbox message {Id} names an unknown event type '{Type}'.");
        }

        return (IIntegrationEvent)(JsonSerializer.Deserialize(Payload, type)
            ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload."));
    }

    public void Claim(string instance, DateTimeOffset until)
    {
        ClaimedBy = instance;
        ClaimedUntil = until;
        Version = Guid.NewGuid();
    }

    public void MarkProcessed(DateTimeOffset now)
    {
        Release();
        Attempts++;
        ProcessedAt = now;
        LastError = null;
    }

    /// <summary>Schedules the next attempt with exponential backoff: 2, 4, 8 … seconds, at most an hour.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Release();
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        var delaySeconds = Math.Min(Math.Pow(2, Attempts), 3600);
        NextAttemptAt = now.AddSeconds(delaySeconds);
    }

    private void Release()
    {
        ClaimedBy = null;
        ClaimedUntil = null;
        Version = Guid.NewGuid();
    }
}
