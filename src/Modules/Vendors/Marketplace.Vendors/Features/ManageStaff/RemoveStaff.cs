using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Data;
using Mediator;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed class RemoveStaffHandler(VendorsDbContext db, Membership membership, TimeProvider clock) : ICommandHandler<RemoveStaffCommand, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(RemoveStaffCommand command, CancellationToken cancellationToken)
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

        if (await db.IsLastOwnerAsync(member, cancellationToken))
        {
            return StaffRules.LastOwner();
        }

        db.Members.Remove(member);
        await db.AuditAsync(
            command.CooperativeId, command.ActorId, StaffRules.Removed, member.Email, (member.Role, null), clock.GetUtcNow(), cancellationToken);
        return Done.Value;
    }
}
