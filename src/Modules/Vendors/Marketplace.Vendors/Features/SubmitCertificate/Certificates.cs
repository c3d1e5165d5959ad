using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;
using Mediator;

namespace Marketplace.Vendors.Features.SubmitCertificate;

internal enum CertificateDecision
{
    Verify,
    Reject,
}

/// <summary>A certificate as its cooperative and the admins see it.</summary>
internal sealed record CertificateView(
    Guid CertificateId,
    CooperativeId CooperativeId,
    string CooperativeName,
    CertificationKind Kind,
    int? OcopStars,
    string Number,
    string Issuer,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    CertificateStatus Status,
    bool IsExpired,
    string? RejectionReason,
    string FileName,
    DateTimeOffset SubmittedAt,
    ProductId? ProductId = null,
    string? ProductName = null);

/// <summary>Every cooperative's certificates for the admins, optionally only one status ("Pending" …).</summary>
internal sealed record ListCertificateQueueQuery(string? Status) : IQuery<IReadOnlyList<CertificateView>>;
