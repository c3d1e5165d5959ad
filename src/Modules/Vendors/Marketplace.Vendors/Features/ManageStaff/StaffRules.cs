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

    public const string Invited = "StaffInvited";
    public const string RoleChanged = "StaffRoleChanged";
    public const string Removed = "StaffRemoved";

    /// <summary>
    /// A change to a cooperative's people, written to the alliance's audit log in the same
    /// transaction: which owner made it, whom it changed, the role before and after.
    /// </summary>
    public static async Task AuditAsync(
        this VendorsDbContext db,
        CooperativeId cooperativeId,
        UserId actor,
        string action,
        string email,
        (MemberRole? Before, MemberRole? After) role,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var actorEmail = await db.Members.AsNoTracking()
            .Where(m => m.CooperativeId == cooperativeId && m.UserId == actor).Select(m => m.Email).FirstOrDefaultAsync(cancellationToken);
        var cooperative = await db.Cooperatives.AsNoTracking().Where(c => c.Id == cooperativeId).Select(c => c.Name).SingleAsync(cancellationToken);
        // Addresses are kept upper-cased to be compared; the log shows them as people write them.
        db.AuditEntries.Add(new AuditEntry(
            Guid.NewGuid(), now, actor, actorEmail?.ToLowerInvariant() ?? actor.ToString(), action, "Cooperative", cooperativeId.Value, cooperative,
            email.ToLowerInvariant(),
            role.Before?.ToString() ?? string.Empty, role.After?.ToString() ?? string.Empty));
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
