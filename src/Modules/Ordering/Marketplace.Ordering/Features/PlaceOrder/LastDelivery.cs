using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.PlaceOrder;

/// <summary>Where the person's last order went: checkout starts from it, so a regular is not asked again and delivery is quoted at once.</summary>
internal sealed record GetLastDeliveryQuery(UserId BuyerId) : IQuery<DeliveryAddress?>;

internal sealed class LastDeliveryHandler(OrderingDbContext db) : IQueryHandler<GetLastDeliveryQuery, DeliveryAddress?>
{
    public async ValueTask<DeliveryAddress?> Handle(GetLastDeliveryQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var last = await db.Orders.AsNoTracking()
            .Where(o => o.BuyerId == buyer)
            .OrderByDescending(o => o.PlacedAt)
            .Select(o => o.Delivery)
            .FirstOrDefaultAsync(cancellationToken);
        return last?.ToContract();
    }
}
