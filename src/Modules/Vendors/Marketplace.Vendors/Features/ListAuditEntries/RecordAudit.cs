using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;

namespace Marketplace.Vendors.Features.ListAuditEntries;

/// <summary>Another module's entry in the audit log, as it describes it (texts cut to what the log holds).</summary>
internal sealed class RecordAuditHandler(VendorsDbContext db, TimeProvider clock) : ICommandHandler<RecordAuditCommand, Result<Done>>
{
    public ValueTask<Result<Done>> Handle(RecordAuditCommand command, CancellationToken cancellationToken)
    {
        db.AuditEntries.Add(new AuditEntry(
            Guid.NewGuid(),
            clock.GetUtcNow(),
            command.ActorUserId ?? UserId.None,
            Cut(command.ActorName, 256),
            Cut(command.Action, 50),
            Cut(command.SubjectType, 50),
            command.SubjectId,
            Cut(command.SubjectName, 200),
            command.Details is null ? null : Cut(command.Details, 1000),
            Cut(command.Before ?? string.Empty, 50),
            Cut(command.After ?? string.Empty, 50)));
        return ValueTask.FromResult<Result<Done>>(Done.Value);
    }

    /// <summary>At most <paramref name="length"/> characters, never half of a character written as two (an emoji).</summary>
    private static string Cut(string text, int length) =>
        text.Length <= length ? text : text[..(char.IsHighSurrogate(text[length - 1]) ? length - 1 : length)];
}
