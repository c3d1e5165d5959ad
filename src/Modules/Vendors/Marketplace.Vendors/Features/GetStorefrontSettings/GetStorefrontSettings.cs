using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Features.EditStorefront;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.GetStorefrontSettings;

internal sealed class GetStorefrontSettingsHandler(VendorsDbContext db, Membership membership)
    : IQueryHandler<GetStorefrontSettingsQuery, Result<StorefrontSettings>>
{
    public async ValueTask<Result<StorefrontSettings>> Handle(GetStorefrontSettingsQuery query, CancellationToken cancellationToken)
    {
        var role = await membership.RoleOfAsync(query.CooperativeId, query.ActorId, cancellationToken);
        var cooperative = role is null ? null : await db.Cooperatives.AsNoTracking().SingleOrDefaultAsync(c => c.Id == query.CooperativeId, cancellationToken);
        return cooperative is null ? MembershipQueries.NotAMember() : StorefrontViews.Settings(cooperative, role!.Value);
    }
}
