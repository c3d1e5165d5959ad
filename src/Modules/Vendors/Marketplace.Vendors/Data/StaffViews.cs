using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.ManageStaff;

namespace Marketplace.Vendors.Data;

internal static class StaffViews
{
    // E-mails are kept upper-cased to compare; people read them in lower case.
    public static StaffMember From(CooperativeMember member) =>
        new(member.Email.ToLowerInvariant(), member.Role == MemberRole.Owner ? StaffRole.Owner : StaffRole.Staff, member.AddedAt);

    public static MemberRole ToMemberRole(StaffRole role) => role == StaffRole.Owner ? MemberRole.Owner : MemberRole.Staff;
}
