using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>A row of the admins' review queue.</summary>
public sealed record ApplicationSummary(
    CooperativeId CooperativeId,
    string LegalName,
    string TaxCode,
    string Province,
    CooperativeStatus Status,
    DateTimeOffset AppliedAt);

public sealed record ApplicationDocumentInfo(Guid DocumentId, string FileName, string ContentType, long Size);

/// <summary>An application as the admin reviewing it (or its owner) sees it.</summary>
public sealed record ApplicationDetails(
    CooperativeId CooperativeId,
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
    CooperativeStatus Status,
    string? DecisionReason,
    DateTimeOffset AppliedAt,
    IReadOnlyList<ApplicationDocumentInfo> Documents,
    IReadOnlyList<AuditEntryView> History);

/// <summary>One entry of the audit log.</summary>
public sealed record AuditEntryView(
    Guid Id,
    DateTimeOffset OccurredAt,
    UserId ActorUserId,
    string ActorName,
    string Action,
    string SubjectType,
    Guid SubjectId,
    string SubjectName,
    string? Reason,
    string Before,
    string After);

/// <summary>The review queue, newest first; <see cref="Status"/> filters ("Pending", "Approved" …) when given.</summary>
public sealed record ListApplicationsQuery(string? Status) : IQuery<IReadOnlyList<ApplicationSummary>>;

/// <summary>
/// One application. Admins see any; anyone else only one of the cooperatives they act for (by
/// their account), and gets "not found" for the rest, so other cooperatives' ids reveal nothing.
/// </summary>
public sealed record GetApplicationQuery(CooperativeId CooperativeId, UserId Requester, bool RequesterIsAdmin) : IQuery<Result<ApplicationDetails>>;
