using Marketplace.Catalog.Data;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// Who received a lot, for its cooperative's people and admins only: Catalog owns the lot and
/// says who may ask; Ordering knows where its units went.
/// </summary>
internal sealed class GetLotRecipientsForStaffHandler(CatalogDbContext db, ISender sender)
    : IQueryHandler<GetLotRecipientsForStaffQuery, Result<LotRecipients>>
{
    public async ValueTask<Result<LotRecipients>> Handle(GetLotRecipientsForStaffQuery query, CancellationToken cancellationToken)
    {
        var code = query.Code.Trim().ToUpperInvariant();
        var lot = await db.Lots.AsNoTracking()
            .SingleOrDefaultAsync(l => l.Code == code && (query.ProductId == null || l.ProductId == query.ProductId), cancellationToken);
        if (lot is null || !(query.ActorIsAdmin || await sender.ActsForAsync(lot.CooperativeId, query.ActorId, cancellationToken)))
        {
            return LotErrors.NotFound(code);
        }

        return new LotRecipients(ProductViews.Lot(lot), await sender.Send(new GetLotRecipientsQuery(lot.Id), cancellationToken));
    }
}
