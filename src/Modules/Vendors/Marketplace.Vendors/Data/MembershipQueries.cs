using Marketplace.Vendors.Domain;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Data;

internal static class MembershipQueries
{
    /// <summary>Whether the person with this e-mail acts for the cooperative (as owner or staff).</summary>
    public static Task<bool> IsMemberAsync(this VendorsDbContext db, Guid cooperativeId, string email, CancellationToken cancellationToken)
    {
        var normalized = CooperativeMember.NormalizeEmail(email);
        return db.Members.AnyAsync(m => m.CooperativeId == cooperativeId && m.Email == normalized, cancellationToken);
    }
}
