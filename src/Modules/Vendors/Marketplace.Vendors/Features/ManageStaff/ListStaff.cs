using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed class ListStaffHandler(VendorsDbContext db, Membership membership) : IQueryHandler<ListStaffQuery, Result<IReadOnlyList<StaffMember>>>
{
    public async ValueTask<Result<IReadOnlyList<StaffMember>>> Handle(ListStaffQuery query, CancellationToken cancellationToken)
    {
        if (await membership.RoleOfAsync(query.CooperativeId, query.ActorId, cancellationToken) is null)
        {
            return MembershipQueries.NotAMember();
        }

        var members = await db.Members.AsNoTracking().Where(m => m.CooperativeId == query.CooperativeId).ToListAsync(cancellationToken);
        return members.OrderBy(m => m.Role).ThenBy(m => m.Email, StringComparer.Ordinal).Select(StaffViews.From).ToList();
    }
}
