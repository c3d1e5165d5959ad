using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Mediator;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed class ChangeStaffRoleHandler(VendorsDbContext db, Membership membership, TimeProvider clock)
    : ICommandHandler<ChangeStaffRoleCommand, Result<StaffMember>>
{
    public async ValueTask<Result<StaffMember>> Handle(ChangeStaffRoleCommand command, CancellationToken cancellationToken)
    {
        if (await membership.RequireOwnerAsync(command.CooperativeId, command.ActorId, cancellationToken) is { } refused)
        {
            return refused;
        }

        var member = await db.FindMemberAsync(command.CooperativeId, command.Email, cancellationToken);
        if (member is null)
        {
            return StaffRules.NoSuchMember();
        }

        if (command.Role == StaffRole.Staff && await db.IsLastOwnerAsync(member, cancellationToken))
        {
            return StaffRules.LastOwner();
        }

        var before = member.Role;
        member.ChangeRole(StaffViews.ToMemberRole(command.Role));
        if (before != member.Role)
        {
            await db.AuditAsync(
                command.CooperativeId, command.ActorId, StaffRules.RoleChanged, member.Email, (before, member.Role), clock.GetUtcNow(), cancellationToken);
        }

        return StaffViews.From(member);
    }
}
