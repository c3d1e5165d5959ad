using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Orders;

/// <summary>A shopper sees their own orders; a cooperative's people see its own parts of orders. Anyone else gets "not found".</summary>
internal sealed class OrderQueries(OrderingDbContext db, ISender sender)
    : IQueryHandler<GetOrderQuery, Result<OrderView>>,
      IQueryHandler<ListMyOrdersQuery, IReadOnlyList<OrderView>>,
      IQueryHandler<ListVendorPartsQuery, Result<IReadOnlyList<OrderPartView>>>,
      IQueryHandler<GetPackingSlipQuery, Result<PackingSlip>>,
      IQueryHandler<GetDeliveredLineQuery, DeliveredLine?>
{
    public async ValueTask<DeliveredLine?> Handle(GetDeliveredLineQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var found = await db.Parts.AsNoTracking()
            .Where(p => p.Id == query.PartId && p.Status == PartStatus.Delivered)
            .Join(db.Orders.Where(o => o.BuyerId == buyer), p => p.OrderId, o => o.Id, (p, _) => new { Part = p })
            .SingleOrDefaultAsync(cancellationToken);
        return found is not null && found.Part.Lines.Any(l => l.VariantId == query.VariantId)
            ? new DeliveredLine(found.Part.Id, found.Part.CooperativeId, query.VariantId)
            : null;
    }

    public async ValueTask<Result<PackingSlip>> Handle(GetPackingSlipQuery query, CancellationToken cancellationToken)
    {
        var found = await db.Parts.AsNoTracking().Where(p => p.Id == query.PartId)
            .Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new { Part = p, o.Number, o.Delivery, o.Note })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null || await sender.Send(new GetVendorStaffRoleQuery(found.Part.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return NotFound();
        }

        var lots = await db.ShippedLots.AsNoTracking().Where(l => l.PartId == query.PartId).ToListAsync(cancellationToken);
        return new PackingSlip(OrderViews.Part(found.Part, found.Number, lots: lots), found.Number, found.Delivery.ToContract(), found.Note);
    }

    public async ValueTask<Result<OrderView>> Handle(GetOrderQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var order = await db.Orders.AsNoTracking()
            .Include(o => o.Parts)
            .SingleOrDefaultAsync(o => o.Id == query.OrderId && o.BuyerId == buyer, cancellationToken);
        return order is null
            ? NotFound()
            : OrderViews.Order(order, await db.LotsOfOrderAsync(order.Id, cancellationToken), await db.ShipmentsOfOrderAsync(order.Id, cancellationToken));
    }

    public async ValueTask<IReadOnlyList<OrderView>> Handle(ListMyOrdersQuery query, CancellationToken cancellationToken)
    {
        var buyer = query.BuyerId;
        var orders = await db.Orders.AsNoTracking().Include(o => o.Parts).Where(o => o.BuyerId == buyer).ToListAsync(cancellationToken);
        return orders.OrderByDescending(o => o.PlacedAt).Select(OrderViews.Order).ToList();
    }

    public async ValueTask<Result<IReadOnlyList<OrderPartView>>> Handle(ListVendorPartsQuery query, CancellationToken cancellationToken)
    {
        if (await sender.Send(new GetVendorStaffRoleQuery(query.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return CooperativeErrors.NotFound;
        }

        var parts = db.Parts.AsNoTracking().Where(p => p.CooperativeId == query.CooperativeId);
        if (query.Status is { } status)
        {
            parts = parts.Where(p => p.Status == status);
        }

        var rows = await parts.Join(db.Orders, p => p.OrderId, o => o.Id, (p, o) => new { Part = p, o.Number, o.PlacedAt, o.Delivery, o.Note })
            .ToListAsync(cancellationToken);
        var lots = await db.ShippedLots.AsNoTracking().Where(l => parts.Any(p => p.Id == l.PartId)).ToListAsync(cancellationToken);
        var shipments = await db.Shipments.AsNoTracking().Where(s => parts.Any(p => p.Id == s.PartId)).ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.PlacedAt)
            .Select(r => OrderViews.Part(r.Part, r.Number, r.Delivery.ToContract(), r.Note, lots, shipments, carrierCharges: true))
            .ToList();
    }

    public static Error NotFound() => Error.NotFound("order.not_found", Bilingual.Pick("Không tìm thấy đơn hàng.", "No such order."));
}
