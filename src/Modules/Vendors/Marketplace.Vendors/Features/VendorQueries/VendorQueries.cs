using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.VendorQueries;

/// <summary>
/// What other modules ask Vendors: who acts for a cooperative, who is certified, what an invoice says
/// of a seller, what its commission may depend on, and what the alliance's monthly report lists.
/// </summary>
internal sealed class VendorQueriesHandler(VendorsDbContext db, Membership membership, TimeProvider clock)
    : IQueryHandler<GetVendorStaffRoleQuery, StaffRole?>,
      IQueryHandler<GetSellerDetailsQuery, SellerDetails?>,
      IQueryHandler<GetCooperativeStandingsQuery, IReadOnlyList<CooperativeStanding>>,
      IQueryHandler<ListCooperativesForReportQuery, IReadOnlyList<CooperativeForReport>>
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

    public async ValueTask<IReadOnlyList<CooperativeStanding>> Handle(GetCooperativeStandingsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.CooperativeIds.Distinct().ToList();
        var ocop = await db.Certificates.AsNoTracking().Valid(clock.Today())
            .Where(c => c.Kind == CertificationKind.Ocop && ids.Contains(c.CooperativeId))
            .Select(c => c.CooperativeId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var cooperatives = await db.Cooperatives.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name, c.ApprovedAt })
            .ToListAsync(cancellationToken);
        return cooperatives.Select(c => new CooperativeStanding(c.Id, c.Name, c.ApprovedAt, ocop.Contains(c.Id))).ToList();
    }

    public async ValueTask<IReadOnlyList<CooperativeForReport>> Handle(ListCooperativesForReportQuery query, CancellationToken cancellationToken)
    {
        var certificates = (await db.Certificates.AsNoTracking().Valid(query.AsOf)
                .Select(c => new { c.CooperativeId, c.Kind, c.OcopStars, c.Number, c.ExpiresOn })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.CooperativeId);
        var cooperatives = await db.Cooperatives.AsNoTracking()
            .Select(c => new { c.Id, c.Name, c.Province, c.Status, c.ApprovedAt })
            .ToListAsync(cancellationToken);
        return [.. cooperatives.Select(c => new CooperativeForReport(
            c.Id, c.Name, c.Province, c.Status, c.ApprovedAt,
            [.. certificates[c.Id].OrderBy(x => x.ExpiresOn).Select(x => new CertificateForReport(x.Kind, x.OcopStars, x.Number, x.ExpiresOn))]))];
    }
}
