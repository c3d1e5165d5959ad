using Mediator;

namespace Marketplace.Vendors.Contracts;

/// <summary>The person's role in the cooperative, or null when they are not one of its people.</summary>
public sealed record GetVendorStaffRoleQuery(Guid CooperativeId, string Email) : IQuery<StaffRole?>;

/// <summary>The cooperatives that hold an unexpired, verified certificate of this kind today.</summary>
public sealed record ListCertifiedVendorsQuery(CertificationKind Kind) : IQuery<IReadOnlyCollection<Guid>>;

/// <summary>A cooperative as an invoice names its seller: legal name, tax code and address.</summary>
public sealed record SellerDetails(Guid CooperativeId, string LegalName, string Name, string TaxCode, string Address, string Commune, string Province, string Phone, string Email);

public sealed record GetSellerDetailsQuery(Guid CooperativeId) : IQuery<SellerDetails?>;
