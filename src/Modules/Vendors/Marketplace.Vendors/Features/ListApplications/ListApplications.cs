using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.ListApplications;

internal sealed class ListApplicationsHandler(VendorsDbContext db) : IQueryHandler<ListApplicationsQuery, IReadOnlyList<ApplicationSummary>>
{
    public async ValueTask<IReadOnlyList<ApplicationSummary>> Handle(ListApplicationsQuery query, CancellationToken cancellationToken)
    {
        var cooperatives = db.Cooperatives.AsNoTracking();
        if (Enum.TryParse<CooperativeStatus>(query.Status, ignoreCase: true, out var status))
        {
            cooperatives = cooperatives.Where(c => c.Status == status);
        }

        var rows = await cooperatives
            .Select(c => new ApplicationSummary(c.Id, c.LegalName, c.TaxCode, c.Province, c.Status, c.CreatedAt))
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.AppliedAt).ToList();
    }
}
