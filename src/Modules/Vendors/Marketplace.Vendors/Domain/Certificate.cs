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
/// A cooperative's proof of a certification (VietGAP, GlobalGAP, organic, OCOP stars), for the
/// whole cooperative or for one of its products, as the certificate is given: OCOP stars rate a
/// product, VietGAP a growing area or the cooperative. It earns a badge once an admin verifies it,
/// on that product alone when it names one, and loses it on its expiry date: expiry is read from
/// the clock whenever badges are asked for, never written by a job.
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

    /// <summary>The product it certifies; null for the whole cooperative.</summary>
    public ProductId? ProductId { get; private set; }

    /// <summary>The product's name when submitted, to show without asking Catalog.</summary>
    public string? ProductName { get; private set; }

    /// <summary>When its people were reminded it expires soon (once, <see cref="ReminderDays"/> before).</summary>
    public DateTimeOffset? ExpiryRemindedAt { get; private set; }

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

    /// <summary>How long before its expiry a certificate's people are reminded to renew it.</summary>
    public const int ReminderDays = 30;

    public static Certificate Submit(
        Guid id, CooperativeId cooperativeId, CertificationKind kind, int? ocopStars, string number, string issuer,
        DateOnly issuedOn, DateOnly expiresOn, string fileName, string contentType, string storageKey, DateTimeOffset now,
        (ProductId Id, string Name)? product = null) =>
        new()
        {
            Id = id,
            CooperativeId = cooperativeId,
            Kind = kind,
            OcopStars = kind == CertificationKind.Ocop ? ocopStars : null,
            ProductId = product?.Id,
            ProductName = product?.Name is { Length: > 200 } name ? name[..200] : product?.Name,
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
    /// Verified, not yet reminded, and expiring within <see cref="ReminderDays"/> days of
    /// <paramref name="today"/> (or already past it: such a one is only marked, its badge is gone).
    /// </summary>
    public static Expression<Func<Certificate, bool>> DueForReminderOn(DateOnly today)
    {
        var from = today.AddDays(ReminderDays);
        return c => c.Status == CertificateStatus.Verified && c.ExpiryRemindedAt == null && c.ExpiresOn <= from;
    }

    public void Reminded(DateTimeOffset now) => ExpiryRemindedAt = now;

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
