using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.ListAuditEntries;

/// <summary>Every kind of entry the log holds, for its filter: the kinds other modules write are known by being there.</summary>
internal sealed record ListAuditActionsQuery : IQuery<IReadOnlyList<string>>;

/// <summary>The audit log, newest first, filtered by any of action, subject type, subject, and a period.</summary>
internal sealed record ListAuditEntriesQuery(
    string? Action,
    string? SubjectType,
    Guid? SubjectId,
    DateTimeOffset? From,
    DateTimeOffset? To) : IQuery<IReadOnlyList<AuditEntryView>>;
