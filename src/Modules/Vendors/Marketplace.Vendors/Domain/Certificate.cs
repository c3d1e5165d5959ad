using System.Linq.Expressions;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.SubmitCertificate;

namespace Marketplace.Vendors.Domain;

internal enum CertificateStatus
{
    Pending = 0,
    Verified = 1,
    Rejected = 2,
}

/// <summary>
/// A cooperative's proof of a certification (VietGAP, GlobalGAP, organic, OCOP stars). It earns
/// a badge once an admin verifies it, and loses it on its expiry date: expiry is read from the
/// clock whenever badges are asked for, never written by a job.
/// </summary>
internal sealed class Certificate
{
    private Certificate()
    {
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public CertificationKind Kind { get; private set; }

    public int? OcopStars { get; private set; }

    public string Number { get; private set; } = string.Empty;

    public string Issuer { get; private set; } = string.Empty;

    public DateOnly IssuedOn { get; private set; }

    public DateOnly ExpiresOn { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public string ContentType { get; private set; } = string.Empty;

    public string StorageKey { get; private set; } = string.Empty;

    public CertificateStatus Status { get; private set; }

    public string? RejectionReason { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>Changes on every save, so two admins deciding at once cannot both win.</summary>
    public Guid Version { get; private set; }

    public static Certificate Submit(
        Guid id, CooperativeId cooperativeId, CertificationKind kind, int? ocopStars, string number, string issuer,
        DateOnly issuedOn, DateOnly expiresOn, string fileName, string contentType, string storageKey, DateTimeOffset now) =>
        new()
        {
            Id = id,
            CooperativeId = cooperativeId,
            Kind = kind,
            OcopStars = kind == CertificationKind.Ocop ? ocopStars : null,
            Number = number,
            Issuer = issuer,
            IssuedOn = issuedOn,
            ExpiresOn = expiresOn,
            FileName = fileName,
            ContentType = contentType,
            StorageKey = storageKey,
            Status = CertificateStatus.Pending,
            SubmittedAt = now,
            Version = Guid.NewGuid(),
        };

    public bool IsExpired(DateOnly today) => ExpiresOn < today;

    /// <summary>
    /// The one rule for a badge on <paramref name="today"/> (Vietnam's date): verified and not past
    /// its expiry date. An expression, so the database filters by it (CertificationBadges.Valid) and
    /// the domain asks it of one certificate (<see cref="EarnsBadge"/>) alike.
    /// </summary>
    public static Expression<Func<Certificate, bool>> EarnsBadgeOn(DateOnly today) =>
        c => c.Status == CertificateStatus.Verified && c.ExpiresOn >= today;

    public bool EarnsBadge(DateOnly today) => EarnsBadgeOn(today).Compile()(this);

    /// <summary>Only a pending certificate is decided; a decided one stays as it was decided.</summary>
    public Result<(CertificateStatus Before, CertificateStatus After)> Decide(CertificateDecision decision, string? reason, DateTimeOffset now)
    {
        if (Status != CertificateStatus.Pending)
        {
            return Error.Rule("certificate.already_decided", Bilingual.Pick(
                "Chứng nhận này đã được xét rồi.",
                "This certificate has already been decided."));
        }

        var before = Status;
        Status = decision == CertificateDecision.Verify ? CertificateStatus.Verified : CertificateStatus.Rejected;
        RejectionReason = decision == CertificateDecision.Reject ? reason : null;
        DecidedAt = now;
        Version = Guid.NewGuid();
        return (before, Status);
    }
}
