using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.SubmitCertificate;
using Microsoft.Extensions.Time.Testing;

namespace Marketplace.Vendors.Tests;

public sealed class CertificateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static Certificate Submitted(CertificationKind kind = CertificationKind.VietGap, int? stars = null, DateOnly? expiresOn = null) =>
        Certificate.Submit(
            Guid.NewGuid(), CooperativeId.New(), kind, stars, "VG-1", "QUACERT", new DateOnly(2025, 7, 1), expiresOn ?? new DateOnly(2027, 6, 30),
            "vg.pdf", "application/pdf", "k.pdf", Now);

    [Theory]
    [InlineData("2027-06-30", true)] // its last day
    [InlineData("2027-07-01", false)]
    public void AVerifiedCertificate_EarnsItsBadge_ThroughItsExpiryDay(string today, bool badge)
    {
        var certificate = Submitted();
        certificate.Decide(CertificateDecision.Verify, null, Now);
        Assert.Equal(badge, certificate.EarnsBadge(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void APendingOrRejectedCertificate_EarnsNoBadge_AndIsDecidedOnce()
    {
        var today = new DateOnly(2026, 11, 25);
        var pending = Submitted();
        Assert.False(pending.EarnsBadge(today));

        Assert.True(pending.Decide(CertificateDecision.Reject, "Mờ", Now).IsSuccess);
        Assert.False(pending.EarnsBadge(today));
        Assert.Equal("Mờ", pending.RejectionReason);
        var again = pending.Decide(CertificateDecision.Verify, null, Now);
        Assert.Equal("certificate.already_decided", again.Error!.Code);
        Assert.Equal(CertificateStatus.Rejected, pending.Status);
    }

    [Fact]
    public void OnlyOcop_KeepsStars()
    {
        Assert.Null(Submitted(CertificationKind.Organic, stars: 4).OcopStars);
        Assert.Equal(4, Submitted(CertificationKind.Ocop, stars: 4).OcopStars);
    }

    [Theory]
    [InlineData("2026-11-25T16:59:59Z", "2026-11-25")]
    [InlineData("2026-11-25T17:00:00Z", "2026-11-26")] // midnight in Hà Nội
    public void Today_IsTheDateInVietnam(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), clock.Today());
    }
}
