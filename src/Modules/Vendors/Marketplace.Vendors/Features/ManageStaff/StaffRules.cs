using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.ManageStaff;

/// <summary>Who may manage a cooperative's people, and the one rule about owners.</summary>
internal static class StaffRules
{
    /// <summary>Null when the actor is an owner; otherwise "not found" (outsiders) or "owners only" (staff).</summary>
    public static async Task<Error?> RequireOwnerAsync(
        this Membership membership, CooperativeId cooperativeId, UserId actor, CancellationToken cancellationToken) =>
        await membership.RoleOfAsync(cooperativeId, actor, cancellationToken) switch
        {
            null => MembershipQueries.NotAMember(),
            MemberRole.Owner => null,
            _ => MembershipQueries.OwnersOnly(),
        };

    public static Task<CooperativeMember?> FindMemberAsync(
        this VendorsDbContext db, CooperativeId cooperativeId, string email, CancellationToken cancellationToken)
    {
        var normalized = CooperativeMember.NormalizeEmail(email);
        return db.Members.SingleOrDefaultAsync(m => m.CooperativeId == cooperativeId && m.Email == normalized, cancellationToken);
    }

    /// <summary>A storefront always keeps one owner, or nobody could manage its people again.</summary>
    public static async Task<bool> IsLastOwnerAsync(this VendorsDbContext db, CooperativeMember member, CancellationToken cancellationToken) =>
        member.Role == MemberRole.Owner
        && await db.Members.CountAsync(m => m.CooperativeId == member.CooperativeId && m.Role == MemberRole.Owner, cancellationToken) == 1;

    public static Error LastOwner() =>
        Error.Rule("staff.last_owner", Bilingual.Pick(
            "Gian hàng phải còn ít nhất một chủ: hãy chỉ định chủ khác trước.",
            "The storefront must keep at least one owner: make someone else an owner first."));

    public static Error NoSuchMember() =>
        Error.NotFound("staff.not_found", Bilingual.Pick("Người này không thuộc gian hàng.", "This person is not one of the storefront's people."));
}
