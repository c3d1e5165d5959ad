using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Marketplace.Vendors.Features.GetApplication;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.GetMyCooperatives;

/// <summary>
/// The cooperatives a person acts for: those they belong to, and, for one of the alliance's support
/// people, those that let the support team help now.
/// </summary>
internal sealed class GetMyCooperativesHandler(VendorsDbContext db, TimeProvider clock) : IQueryHandler<GetMyCooperativesQuery, IReadOnlyList<MyCooperative>>
{
    public async ValueTask<IReadOnlyList<MyCooperative>> Handle(GetMyCooperativesQuery query, CancellationToken cancellationToken)
    {
        var mine = await db.Members.AsNoTracking()
            .Where(m => m.UserId == query.Person)
            .Join(
                db.Cooperatives,
                m => m.CooperativeId,
                c => c.Id,
                (m, c) => new MyCooperative(c.Id, c.Name, c.Slug, c.Status, c.DecisionReason, m.Role == MemberRole.Owner ? StaffRole.Owner : StaffRole.Staff))
            .ToListAsync(cancellationToken);
        if (!await db.SupportPeople.AnyAsync(p => p.UserId == query.Person, cancellationToken))
        {
            return mine;
        }

        var now = clock.GetUtcNow();
        var helped = await db.SupportGrants.AsNoTracking()
            .Where(g => g.EndsAt > now)
            .Join(
                db.Cooperatives,
                g => g.CooperativeId,
                c => c.Id,
                (g, c) => new MyCooperative(c.Id, c.Name, c.Slug, c.Status, c.DecisionReason, StaffRole.Support))
            .ToListAsync(cancellationToken);
        return [.. mine, .. helped.Where(h => mine.All(m => m.CooperativeId != h.CooperativeId)).OrderBy(h => h.Name, StringComparer.CurrentCulture)];
    }
}
