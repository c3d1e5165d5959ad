using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Reports;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;

namespace Marketplace.Vendors.Features.MembersReport;

/// <summary>
/// Who joined in a span: accounts opened (shoppers, and everyone else who signed up), cooperatives
/// that applied and that were approved, business buyers registered and verified.
/// </summary>
internal sealed record MemberFigures(int Accounts, int CooperativesApplied, int CooperativesApproved, int BuyersRegistered, int BuyersVerified);

/// <summary>A period of the span (a day, week, month or year) and who joined in it.</summary>
internal sealed record MemberPeriod(DateOnly Start, string Label, MemberFigures Figures);

/// <summary>The cooperatives of a province that applied, and that were approved, in the span.</summary>
internal sealed record ProvinceMembers(string Province, int Applied, int Approved);

/// <summary>A cooperative that applied or was approved in the span, and where it stands now.</summary>
internal sealed record JoinedCooperative(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string Name, string Province, DateOnly AppliedOn, DateOnly? ApprovedOn, CooperativeStatus Status);

/// <summary>A verified certificate that runs out between the span's start and the days after its end the report looks ahead.</summary>
internal sealed record ExpiringCertificate(
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
    string Cooperative, CertificationKind Kind, int? OcopStars, string Number, DateOnly ExpiresOn);

/// <summary>
/// The alliance's report of who joined: the span's figures against the span of equal length
/// before it, by period and by province, the cooperatives that joined, and the certificates
/// running out from the span's start to <see cref="ExpiringUntil"/>.
/// </summary>
internal sealed record MembersReport(
    DateOnly From,
    DateOnly To,
    ReportGrain Grain,
    MemberFigures Totals,
    MemberFigures Previous,
    IReadOnlyList<MemberPeriod> Periods,
    IReadOnlyList<ProvinceMembers> Provinces,
    IReadOnlyList<JoinedCooperative> Cooperatives,
    DateOnly ExpiringUntil,
    IReadOnlyList<ExpiringCertificate> Expiring);

/// <summary>The report between two days in Vietnam, both included.</summary>
internal sealed record GetMembersReportQuery(DateOnly From, DateOnly To, ReportGrain Grain = ReportGrain.Day) : IQuery<Result<MembersReport>>;

/// <summary>The report's tables as one Excel workbook of a sheet each, or one CSV of them one under another.</summary>
internal sealed record ExportMembersReportQuery(DateOnly From, DateOnly To, ReportGrain Grain, bool Excel) : IQuery<Result<MembersReportFile>>;

internal sealed record MembersReportFile(string FileName, string ContentType, byte[] Content);
