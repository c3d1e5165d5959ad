using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.VendorQueries;

/// <summary>What other modules ask Vendors: who acts for a cooperative, who is certified, and what an invoice says of a seller.</summary>
internal sealed class VendorQueriesHandler(VendorsDbContext db, Membership membership, TimeProvider clock)
    : IQueryHandler<GetVendorStaffRoleQuery, StaffRole?>,
      IQueryHandler<ListCertifiedVendorsQuery, IReadOnlyCollection<CooperativeId>>,
      IQueryHandler<GetSellerDetailsQuery, SellerDetails?>
{
    public async ValueTask<SellerDetails?> Handle(GetSellerDetailsQuery query, CancellationToken cancellationToken) =>
        await db.Cooperatives.AsNoTracking()
            .Where(c => c.Id == query.CooperativeId)
            .Select(c => new SellerDetails(c.Id, c.LegalName, c.Name, c.TaxCode, c.Address, c.Commune, c.Province, c.Phone, c.Email))
            .SingleOrDefaultAsync(cancellationToken);

    public async ValueTask<StaffRole?> Handle(GetVendorStaffRoleQuery query, CancellationToken cancellationToken) =>
        await membership.RoleOfAsync(query.CooperativeId, query.Person, cancellationToken) switch
        {
            MemberRole.Owner => StaffRole.Owner,
            MemberRole.Staff => StaffRole.Staff,
            MemberRole.Support => StaffRole.Support,
            _ => null,
        };

    public async ValueTask<IReadOnlyCollection<CooperativeId>> Handle(ListCertifiedVendorsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        return await db.Certificates.AsNoTracking().Valid(today)
            .Where(c => c.Kind == query.Kind)
            .Select(c => c.CooperativeId)
            .Distinct()
            .ToListAsync(cancellationToken);
    }
}
