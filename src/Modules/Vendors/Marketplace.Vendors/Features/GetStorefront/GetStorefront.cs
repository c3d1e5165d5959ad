using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace Marketplace.Vendors.Features.GetStorefront;

internal sealed class GetStorefrontHandler(VendorsDbContext db, HybridCache cache, TimeProvider clock)
    : IQueryHandler<GetStorefrontQuery, Result<StorefrontDetails>>
{
    public async ValueTask<Result<StorefrontDetails>> Handle(GetStorefrontQuery query, CancellationToken cancellationToken)
    {
        var c = await db.Cooperatives
            .AsNoTracking()
            .SingleOrDefaultAsync(c => c.Slug == query.Slug && c.Status == CooperativeStatus.Approved, cancellationToken);
        if (c is null)
        {
            return Error.NotFound("storefront.not_found", Bilingual.Pick("Không tìm thấy gian hàng.", "No such storefront."));
        }

        var badges = await db.BadgesAsync(cache, [c.Id], clock.Today(), cancellationToken);
        return new StorefrontDetails(
            c.Id, c.Slug, c.Name, c.Province, c.Commune, c.Address, c.Tagline, c.Story, c.StoryEnglish, c.ContactPerson, c.Phone, c.Email,
            StorefrontViews.ImageUrl(c.LogoKey), StorefrontViews.ImageUrl(c.BannerKey), c.ApprovedAt!.Value, badges.Of(c.Id).CooperativeWide(),
            Features.SetShippingTerms.ShippingTermsHandler.TermsOf(c));
    }
}
