using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Lots;

/// <summary>
/// The lots each variant may ship from: its product's, not recalled, not expired on the day.
/// Oldest first, so what is proposed is what should leave the store first.
/// </summary>
internal sealed class GetShippableLotsHandler(CatalogDbContext db)
    : IQueryHandler<GetShippableLotsQuery, IReadOnlyDictionary<VariantId, IReadOnlyList<ShippableLot>>>
{
    public async ValueTask<IReadOnlyDictionary<VariantId, IReadOnlyList<ShippableLot>>> Handle(
        GetShippableLotsQuery query, CancellationToken cancellationToken)
    {
        var ids = query.VariantIds.Distinct().ToList();
        var today = query.Today;
        var rows = await (
                from v in db.Variants.AsNoTracking()
                where ids.Contains(v.Id)
                join l in db.Lots.AsNoTracking() on v.ProductId equals l.ProductId
                where l.RecalledAt == null && (l.ExpiresOn == null || l.ExpiresOn >= today)
                select new { v.Id, LotId = l.Id, l.Code, l.ProducedOn, l.ExpiresOn })
            .ToListAsync(cancellationToken);
        return rows
            .GroupBy(r => r.Id)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ShippableLot>)g.OrderBy(r => r.ProducedOn).ThenBy(r => r.Code, StringComparer.Ordinal)
                    .Select(r => new ShippableLot(r.LotId, r.Code, r.ProducedOn, r.ExpiresOn)).ToList());
    }
}
