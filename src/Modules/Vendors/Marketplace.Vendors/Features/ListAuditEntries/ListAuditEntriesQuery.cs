using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.ListAuditEntries;

/// <summary>The audit log, newest first, filtered by any of action, subject type, subject, and a period.</summary>
internal sealed record ListAuditEntriesQuery(
    string? Action,
    string? SubjectType,
    Guid? SubjectId,
    DateTimeOffset? From,
    DateTimeOffset? To) : IQuery<IReadOnlyList<AuditEntryView>>;
