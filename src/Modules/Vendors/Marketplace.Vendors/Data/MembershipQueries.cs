using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.SupportAccess;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

/// <summary>
/// Who acts for a cooperative: the one answer every check in every module comes to (other modules
/// through <c>GetVendorStaffRoleQuery</c>). A member acts by their role; one of the alliance's support
/// people acts as <see cref="MemberRole.Support"/> while the cooperative's grant runs, and each such
/// answer is noted, so that the command it lets through is audited as done for the cooperative.
/// </summary>
internal sealed class Membership(VendorsDbContext db, TimeProvider clock, SupportActs acts)
{
    /// <summary>The person's role in the cooperative, or null when they may not act for it.</summary>
    public async Task<MemberRole?> RoleOfAsync(CooperativeId cooperativeId, UserId person, CancellationToken cancellationToken)
    {
        var role = await db.Members.AsNoTracking()
            .Where(m => m.CooperativeId == cooperativeId && m.UserId == person)
            .Select(m => (MemberRole?)m.Role)
            .SingleOrDefaultAsync(cancellationToken);
        if (role is not null || person == UserId.None)
        {
            return role;
        }

        var now = clock.GetUtcNow();
        var supporting = await db.SupportGrants.AsNoTracking()
            .AnyAsync(g => g.CooperativeId == cooperativeId && g.EndsAt > now && db.SupportPeople.Any(p => p.UserId == person), cancellationToken);
        if (!supporting)
        {
            return null;
        }

        acts.Note(cooperativeId, person);
        return MemberRole.Support;
    }

    /// <summary>
    /// The cooperative, tracked, with the person's role in it; a null cooperative when the person
    /// may not act for it (or there is no such cooperative): the two look alike from outside.
    /// </summary>
    public async Task<(Cooperative? Cooperative, MemberRole Role)> FindManagedAsync(
        CooperativeId cooperativeId, UserId person, CancellationToken cancellationToken)
    {
        var role = await RoleOfAsync(cooperativeId, person, cancellationToken);
        return role is null ? (null, default) : (await db.Cooperatives.FindAsync([cooperativeId], cancellationToken), role.Value);
    }
}

internal static class MembershipQueries
{
    /// <summary>
    /// What a person outside the cooperative is told about it, whatever they asked: that it does
    /// not exist, so trying the ids of other cooperatives reveals nothing.
    /// </summary>
    public static Error NotAMember() =>
        CooperativeErrors.NotFound;

    public static Error OwnersOnly() =>
        Error.Forbidden("staff.owner_only", Bilingual.Pick(
            "Chỉ chủ gian hàng mới làm được việc này.",
            "Only an owner of the storefront can do this."));
}
