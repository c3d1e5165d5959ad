using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Vendors.Features.GetStorefront;

internal sealed class GetStorefrontHandler(VendorsDbContext db) : IQueryHandler<GetStorefrontQuery, Result<StorefrontDetails>>
{
    public async ValueTask<Result<StorefrontDetails>> Handle(GetStorefrontQuery query, CancellationToken cancellationToken)
    {
        var storefront = await db.Cooperatives
            .AsNoTracking()
            .Where(c => c.Slug == query.Slug && c.Status == CooperativeStatus.Approved)
            .Select(c => new StorefrontDetails(
                c.Id, c.Slug, c.Name, c.Province, c.Commune, c.Address, c.Tagline, c.Story, c.StoryEnglish, c.ApprovedAt!.Value))
            .SingleOrDefaultAsync(cancellationToken);

        return storefront is null
            ? Error.NotFound("storefront.not_found", $"No storefront is called '{query.Slug}'.")
            : storefront;
    }
}
