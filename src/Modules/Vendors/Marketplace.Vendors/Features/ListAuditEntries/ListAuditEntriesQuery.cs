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

/// <summary>The file an admin downloads: the same filter as the page, every matching entry (up to 100,000).</summary>
internal sealed record AuditExport(string FileName, string ContentType, byte[] Content);

/// <summary>The audit log filtered as <see cref="ListAuditEntriesQuery"/>, as CSV (<paramref name="Excel"/> false) or an Excel workbook.</summary>
internal sealed record ExportAuditEntriesQuery(string? Action, string? SubjectType, Guid? SubjectId, DateTimeOffset? From, DateTimeOffset? To, bool Excel)
    : IQuery<AuditExport>;
