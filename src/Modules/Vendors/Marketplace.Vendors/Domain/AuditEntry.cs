using Marketplace.SharedKernel;

namespace Marketplace.Vendors.Domain;

/// <summary>
/// One admin decision, as it happened: who, when, what, why, and the state before and after.
/// Entries are only ever added; the DbContext refuses to save a change to or the removal of one.
/// </summary>
internal sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(
        Guid id,
        DateTimeOffset occurredAt,
        UserId actorUserId,
        string actorName,
        string action,
        string subjectType,
        Guid subjectId,
        string subjectName,
        string? reason,
        string before,
        string after)
    {
        Id = id;
        OccurredAt = occurredAt;
        ActorUserId = actorUserId;
        ActorName = actorName;
        Action = action;
        SubjectType = subjectType;
        SubjectId = subjectId;
        SubjectName = subjectName;
        Reason = reason;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public UserId ActorUserId { get; private set; }

    public string ActorName { get; private set; } = string.Empty;

    public string Action { get; private set; } = string.Empty;

    public string SubjectType { get; private set; } = string.Empty;

    public Guid SubjectId { get; private set; }

    public string SubjectName { get; private set; } = string.Empty;

    public string? Reason { get; private set; }

    public string Before { get; private set; } = string.Empty;

    public string After { get; private set; } = string.Empty;
}
