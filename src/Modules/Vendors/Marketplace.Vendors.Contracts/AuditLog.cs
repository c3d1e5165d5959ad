using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>
/// Writes one entry of the alliance's audit log for another module: a person's decision or money
/// movement (a transfer recorded, a refund, a payout). Sent inside the command that made the
/// change, it joins that command's transaction on the request's shared connection, so the change
/// and its record are kept together or not at all.
/// </summary>
public sealed record RecordAuditCommand(
    string ActorName,
    string Action,
    string SubjectType,
    Guid SubjectId,
    string SubjectName,
    string? Details,
    UserId? ActorUserId = null,
    string? Before = null,
    string? After = null) : ICommand<Result<Done>>, IRunsIn<VendorsTransaction>;

/// <summary>How another module writes to the audit log from inside the command that made the change.</summary>
public static class AuditLog
{
    public static Task RecordAsync(
        this ISender sender, string actor, string action, string subjectType, Guid subjectId, string subjectName, string? details,
        CancellationToken cancellationToken) =>
        sender.RecordAsync(actor, action, subjectType, subjectId, subjectName, details, (null, null), cancellationToken);

    /// <summary>The same, with the state before and after (a role, hidden or shown, a slug: a word or two each).</summary>
    public static async Task RecordAsync(
        this ISender sender,
        string actor,
        string action,
        string subjectType,
        Guid subjectId,
        string subjectName,
        string? details,
        (string? Before, string? After) change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        await sender.Send(
            new RecordAuditCommand(actor, action, subjectType, subjectId, subjectName, details, Before: change.Before, After: change.After), cancellationToken);
    }
}
