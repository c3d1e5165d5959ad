using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>A row of the admins' review queue.</summary>
public sealed record ApplicationSummary(
    Guid CooperativeId,
    string LegalName,
    string TaxCode,
    string Province,
    string Status,
    DateTimeOffset AppliedAt);

public sealed record ApplicationDocumentInfo(Guid DocumentId, string FileName, string ContentType, long Size);

/// <summary>An application as the admin reviewing it (or its owner) sees it.</summary>
public sealed record ApplicationDetails(
    Guid CooperativeId,
    string LegalName,
    string RegistrationNumber,
    string TaxCode,
    string Province,
    string Commune,
    string Address,
    string ContactPerson,
    string Phone,
    string Email,
    string OwnerEmail,
    string Story,
    string Slug,
    string Status,
    string? DecisionReason,
    DateTimeOffset AppliedAt,
    IReadOnlyList<ApplicationDocumentInfo> Documents,
    IReadOnlyList<AuditEntryView> History);

/// <summary>One entry of the audit log.</summary>
public sealed record AuditEntryView(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid ActorUserId,
    string ActorName,
    string Action,
    string SubjectType,
    Guid SubjectId,
    string SubjectName,
    string? Reason,
    string Before,
    string After);

/// <summary>A cooperative as the person who applied for it, or works for it, sees it.</summary>
public sealed record MyCooperative(Guid CooperativeId, string Name, string Slug, string Status, string? DecisionReason, string Role);

/// <summary>The review queue, newest first; <see cref="Status"/> filters ("Pending", "Approved" …) when given.</summary>
public sealed record ListApplicationsQuery(string? Status) : IQuery<IReadOnlyList<ApplicationSummary>>;

/// <summary>
/// One application. Admins see any; anyone else only one of their own cooperatives (by their
/// e-mail), and gets "not found" for the rest, so other cooperatives' ids reveal nothing.
/// </summary>
public sealed record GetApplicationQuery(Guid CooperativeId, string RequesterEmail, bool RequesterIsAdmin) : IQuery<Result<ApplicationDetails>>;

public sealed record GetMyCooperativesQuery(string Email) : IQuery<IReadOnlyList<MyCooperative>>;

/// <summary>The audit log, newest first, filtered by any of action, subject type, subject, and a period.</summary>
public sealed record ListAuditEntriesQuery(
    string? Action,
    string? SubjectType,
    Guid? SubjectId,
    DateTimeOffset? From,
    DateTimeOffset? To) : IQuery<IReadOnlyList<AuditEntryView>>;

/// <summary>A document of an application, for an admin or the cooperative's own people.</summary>
public sealed record GetApplicationDocumentQuery(Guid DocumentId, string RequesterEmail, bool RequesterIsAdmin) : IQuery<Result<DocumentContent>>;

public sealed record DocumentContent(string FileName, string ContentType, byte[] Content);
