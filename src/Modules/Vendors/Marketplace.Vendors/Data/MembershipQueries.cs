using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Domain;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

internal static class MembershipQueries
{
    /// <summary>The person's role in the cooperative, or null when they are not one of its people.</summary>
    public static async Task<MemberRole?> RoleOfAsync(this VendorsDbContext db, CooperativeId cooperativeId, UserId person, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking()
            .SingleOrDefaultAsync(m => m.CooperativeId == cooperativeId && m.UserId == person, cancellationToken);
        return member?.Role;
    }

    /// <summary>
    /// The cooperative, tracked, with the person's role in it; a null cooperative when the person
    /// is not one of its people (or there is no such cooperative): the two look alike from outside.
    /// </summary>
    public static async Task<(Cooperative? Cooperative, MemberRole Role)> FindManagedAsync(
        this VendorsDbContext db, CooperativeId cooperativeId, UserId person, CancellationToken cancellationToken)
    {
        var role = await db.RoleOfAsync(cooperativeId, person, cancellationToken);
        return role is null ? (null, default) : (await db.Cooperatives.FindAsync([cooperativeId], cancellationToken), role.Value);
    }

    /// <summary>
    /// What a person outside the cooperative is told about it, whatever they asked: that it does
    /// not exist, so trying the ids of other cooperatives reveals nothing.
    /// </summary>
    public static Error NotAMember() =>
        Error.NotFound("cooperative.not_found", Bilingual.Pick("Không tìm thấy hợp tác xã.", "No such cooperative."));

    public static Error OwnersOnly() =>
        Error.Forbidden("staff.owner_only", Bilingual.Pick(
            "Chỉ chủ gian hàng mới làm được việc này.",
            "Only an owner of the storefront can do this."));
}
