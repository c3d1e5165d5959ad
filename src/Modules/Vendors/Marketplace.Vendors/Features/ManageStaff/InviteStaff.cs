using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;

namespace Marketplace.Vendors.Features.ManageStaff;

internal sealed class InviteStaffHandler(VendorsDbContext db, Membership membership, ISender sender, TimeProvider clock)
    : ICommandHandler<InviteStaffCommand, Result<StaffMember>>
{
    public async ValueTask<Result<StaffMember>> Handle(InviteStaffCommand command, CancellationToken cancellationToken)
    {
        if (await membership.RequireOwnerAsync(command.CooperativeId, command.ActorId, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await db.FindMemberAsync(command.CooperativeId, command.Email, cancellationToken) is not null)
        {
            return Error.FieldConflict("staff.already_member", nameof(command.Email), Bilingual.Pick(
                $"{command.Email} đã thuộc gian hàng.",
                $"{command.Email} is already one of the storefront's people."));
        }

        var now = clock.GetUtcNow();
        var account = await sender.Send(new FindAccountQuery(command.Email), cancellationToken);
        var member = new CooperativeMember(command.CooperativeId, command.Email, account, StaffViews.ToMemberRole(command.Role), now);
        db.Members.Add(member);
        await db.AuditAsync(command.CooperativeId, command.ActorId, StaffRules.Invited, member.Email, (null, member.Role), now, cancellationToken);
        db.AddIntegrationEvent(
            new StaffInvitationMailRequested(Guid.NewGuid(), now, command.CooperativeId, command.Email.Trim(), command.Role, command.Culture));
        return StaffViews.From(member);
    }
}
