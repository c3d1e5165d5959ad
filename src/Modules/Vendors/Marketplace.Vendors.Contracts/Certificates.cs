using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>The certifications Vietnamese buyers look for.</summary>
public enum CertificationKind
{
    VietGap,
    GlobalGap,
    Organic,

    /// <summary>"One Commune One Product", rated 1 to 5 stars.</summary>
    Ocop,
}

public enum CertificateDecision
{
    Verify,
    Reject,
}

/// <summary>A certificate as its cooperative and the admins see it.</summary>
public sealed record CertificateView(
    Guid CertificateId,
    Guid CooperativeId,
    string CooperativeName,
    CertificationKind Kind,
    int? OcopStars,
    string Number,
    string Issuer,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    string Status,
    bool IsExpired,
    string? RejectionReason,
    string FileName,
    DateTimeOffset SubmittedAt);

/// <summary>A verified certificate that has not expired: what shoppers see on storefronts and products.</summary>
public sealed record CertificationBadge(CertificationKind Kind, int? OcopStars, DateOnly ExpiresOn);

/// <summary>A member uploads a certificate (PDF, JPEG or PNG) for an admin to verify.</summary>
public sealed record SubmitCertificateCommand(
    Guid CooperativeId,
    string ActorEmail,
    CertificationKind Kind,
    int? OcopStars,
    string Number,
    string Issuer,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    UploadedFile Document) : ICommand<Result<CertificateView>>;

/// <summary>A cooperative's certificates, for its own people; "not found" for anyone else.</summary>
public sealed record ListCertificatesQuery(Guid CooperativeId, string ActorEmail) : IQuery<Result<IReadOnlyList<CertificateView>>>;

/// <summary>Every cooperative's certificates for the admins, optionally only one status ("Pending" …).</summary>
public sealed record ListCertificateQueueQuery(string? Status) : IQuery<IReadOnlyList<CertificateView>>;

/// <summary>An admin verifies a certificate, or rejects it with a reason; one audit entry either way.</summary>
public sealed record DecideCertificateCommand(Guid CertificateId, CertificateDecision Decision, string? Reason, Guid ActorUserId, string ActorName)
    : ICommand<Result<CertificateView>>;

/// <summary>The scan of a certificate, for an admin or the cooperative's own people.</summary>
public sealed record GetCertificateDocumentQuery(Guid CertificateId, string RequesterEmail, bool RequesterIsAdmin) : IQuery<Result<DocumentContent>>;

/// <summary>
/// The badges of each of these cooperatives, as of now: a certificate past its expiry date is
/// left out by the clock alone, with no job that must have run.
/// </summary>
public sealed record GetCertificationBadgesQuery(IReadOnlyCollection<Guid> VendorIds)
    : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<CertificationBadge>>>;
