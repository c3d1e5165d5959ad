using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.GetApplication;

internal sealed class GetApplicationHandler(VendorsDbContext db, Membership membership) : IQueryHandler<GetApplicationQuery, Result<ApplicationDetails>>
{
    public async ValueTask<Result<ApplicationDetails>> Handle(GetApplicationQuery query, CancellationToken cancellationToken)
    {
        if (!query.RequesterIsAdmin && await membership.RoleOfAsync(query.CooperativeId, query.Requester, cancellationToken) is null)
        {
            return NotFound();
        }

        var cooperative = await db.Cooperatives.AsNoTracking().Include(c => c.Documents)
            .SingleOrDefaultAsync(c => c.Id == query.CooperativeId, cancellationToken);
        if (cooperative is null)
        {
            return NotFound();
        }

        var history = await db.AuditEntries.AsNoTracking()
            .Where(e => e.SubjectType == "Cooperative" && e.SubjectId == cooperative.Id.Value)
            .Select(AuditProjection.ToView)
            .ToListAsync(cancellationToken);

        return new ApplicationDetails(
            cooperative.Id, cooperative.LegalName, cooperative.RegistrationNumber, cooperative.TaxCode, cooperative.Province,
            cooperative.Commune, cooperative.Address, cooperative.ContactPerson, cooperative.Phone, cooperative.Email,
            cooperative.OwnerEmail, cooperative.Story, cooperative.Slug, cooperative.Status, cooperative.DecisionReason,
            cooperative.CreatedAt,
            cooperative.Documents.Select(d => new ApplicationDocumentInfo(d.Id, d.FileName, d.ContentType, d.Size)).ToList(),
            history.OrderBy(e => e.OccurredAt).ToList());
    }

    private static Error NotFound() =>
        CooperativeErrors.NotFound;
}
