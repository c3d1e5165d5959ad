using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>A lot's public traceability: only for a product the public may see, of a cooperative that may sell.</summary>
internal sealed class GetLotTraceHandler(CatalogDbContext db, ISender sender) : IQueryHandler<GetLotTraceQuery, Result<LotTrace>>
{
    public async ValueTask<Result<LotTrace>> Handle(GetLotTraceQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var found = await db.Lots.AsNoTracking()
            .Where(l => l.Code == code)
            .Join(db.Public(), l => l.ProductId, p => p.Id, (l, p) => new
            {
                Lot = l,
                p.Name,
                p.NameEnglish,
                Image = p.Images.OrderBy(i => i.Position).Select(i => i.Key).FirstOrDefault(),
                SellerSlug = db.Sellers.Where(s => s.CooperativeId == p.CooperativeId).Select(s => s.Slug).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var producer = found?.SellerSlug is { } slug ? await sender.Send(new GetStorefrontQuery(slug), cancellationToken) : null;
        if (found is null || producer is null || !producer.IsSuccess)
        {
            return Error.NotFound("lot.not_found", Bilingual.Pick($"Không tìm thấy lô hàng {code}.", $"No lot {code}."));
        }

        var store = producer.Value;
        return new LotTrace(
            ProductViews.Lot(found.Lot), found.Lot.ProductId, found.Name, found.NameEnglish,
            found.Image is null ? null : ProductViews.ImageUrl(found.Image),
            store.Name, store.Slug, store.Address, store.Province, store.Phone, store.Badges);
    }
}
