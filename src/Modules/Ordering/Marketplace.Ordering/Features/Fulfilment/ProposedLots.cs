using Marketplace.Ordering.Data;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>The lot a reservation's order is proposed to ship from: the one its pre-order window named, by order.</summary>
internal sealed record GetProposedLotsQuery(IReadOnlyList<OrderId> OrderIds) : IQuery<IReadOnlyDictionary<OrderId, string>>;

internal sealed class GetProposedLotsHandler(OrderingDbContext db) : IQueryHandler<GetProposedLotsQuery, IReadOnlyDictionary<OrderId, string>>
{
    public async ValueTask<IReadOnlyDictionary<OrderId, string>> Handle(GetProposedLotsQuery query, CancellationToken cancellationToken)
    {
        if (query.OrderIds.Count == 0)
        {
            return new Dictionary<OrderId, string>();
        }

        var ids = query.OrderIds.Distinct().Select(id => (OrderId?)id).ToList();
        var lots = await db.Reservations.AsNoTracking().Where(r => ids.Contains(r.OrderId))
            .Join(db.PreorderWindows, r => r.WindowId, w => w.Id, (r, w) => new { r.OrderId, w.LotCode })
            .ToListAsync(cancellationToken);
        return lots.ToDictionary(l => l.OrderId!.Value, l => l.LotCode);
    }
}
