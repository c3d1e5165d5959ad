using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// A lot's public traceability: for a product the public may see, of a cooperative that may
/// sell; a recalled lot stays visible when its product is taken off sale, since the people who
/// scan its packages are the ones who must read the recall.
/// </summary>
internal sealed class GetLotTraceHandler(CatalogDbContext db, ISender sender) : IQueryHandler<GetLotTraceQuery, Result<LotTrace>>
{
    public async ValueTask<Result<LotTrace>> Handle(GetLotTraceQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var found = await db.Lots.AsNoTracking()
            .Where(l => l.Code == code)
            .Join(db.Products, l => l.ProductId, p => p.Id, (l, p) => new
            {
                Lot = l,
                Shown = l.RecalledAt != null || db.Public().Any(q => q.Id == p.Id),
                p.Name,
                p.NameEnglish,
                Image = p.Images.OrderBy(i => i.Position).Select(i => i.Key).FirstOrDefault(),
                SellerSlug = db.Sellers.Where(s => s.CooperativeId == p.CooperativeId).Select(s => s.Slug).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var producer = found is { Shown: true, SellerSlug: { } slug } ? await sender.Send(new GetStorefrontQuery(slug), cancellationToken) : null;
        if (found is null || producer is null || !producer.IsSuccess)
        {
            return LotErrors.NotFound(code);
        }

        var store = producer.Value;
        var badges = (await sender.Send(new GetCertificationBadgesQuery([found.Lot.CooperativeId]), cancellationToken))
            .GetValueOrDefault(found.Lot.CooperativeId)?.For(found.Lot.ProductId) ?? [];
        return new LotTrace(
            ProductViews.Lot(found.Lot), found.Lot.ProductId, found.Lot.CooperativeId, found.Name, found.NameEnglish,
            found.Image is null ? null : ProductViews.ImageUrl(found.Image),
            store.Name, store.Slug, store.Address, store.Province, store.Phone, badges);
    }
}
