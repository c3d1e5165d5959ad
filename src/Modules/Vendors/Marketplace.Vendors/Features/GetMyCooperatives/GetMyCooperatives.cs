using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.GetMyCooperatives;

internal sealed class GetMyCooperativesHandler(VendorsDbContext db) : IQueryHandler<GetMyCooperativesQuery, IReadOnlyList<MyCooperative>>
{
    public async ValueTask<IReadOnlyList<MyCooperative>> Handle(GetMyCooperativesQuery query, CancellationToken cancellationToken)
    {
        return await db.Members.AsNoTracking()
            .Where(m => m.UserId == query.Person)
            .Join(
                db.Cooperatives,
                m => m.CooperativeId,
                c => c.Id,
                (m, c) => new MyCooperative(c.Id, c.Name, c.Slug, c.Status, c.DecisionReason, m.Role == MemberRole.Owner ? StaffRole.Owner : StaffRole.Staff))
            .ToListAsync(cancellationToken);
    }
}
