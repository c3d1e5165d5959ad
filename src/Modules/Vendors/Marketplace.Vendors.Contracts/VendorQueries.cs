using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>The person's role in the cooperative, or null when they are not one of its people.</summary>
public sealed record GetVendorStaffRoleQuery(CooperativeId CooperativeId, UserId Person) : IQuery<StaffRole?>;

/// <summary>A cooperative as an invoice names its seller: legal name, tax code and address.</summary>
public sealed record SellerDetails(
    CooperativeId CooperativeId,
    string LegalName,
    string Name,
    string TaxCode,
    string Address,
    string Commune,
    string Province,
    string Phone,
    string Email);

public sealed record GetSellerDetailsQuery(CooperativeId CooperativeId) : IQuery<SellerDetails?>;

/// <summary>
/// What may set a cooperative's commission apart: when it was approved to sell (a promotion for new
/// cooperatives) and whether it holds an unexpired, verified OCOP rating today.
/// </summary>
public sealed record CooperativeStanding(CooperativeId CooperativeId, string Name, DateTimeOffset? ApprovedAt, bool Ocop);

/// <summary>The standing of each of these cooperatives; one that does not exist is left out.</summary>
public sealed record GetCooperativeStandingsQuery(IReadOnlyCollection<CooperativeId> CooperativeIds) : IQuery<IReadOnlyList<CooperativeStanding>>;

/// <summary>A certificate as a report lists it: verified, and valid on the day asked.</summary>
public sealed record CertificateForReport(CertificationKind Kind, int? OcopStars, string Number, DateOnly ExpiresOn);

/// <summary>A cooperative as the alliance's monthly report lists it: where it is, where it stands, what it is certified for.</summary>
public sealed record CooperativeForReport(
    CooperativeId CooperativeId, string Name, string Province, CooperativeStatus Status, DateTimeOffset? ApprovedAt,
    IReadOnlyList<CertificateForReport> Certificates);

/// <summary>Every cooperative that has applied, with its certificates valid on <paramref name="AsOf"/> (a day in Vietnam).</summary>
public sealed record ListCooperativesForReportQuery(DateOnly AsOf) : IQuery<IReadOnlyList<CooperativeForReport>>;
