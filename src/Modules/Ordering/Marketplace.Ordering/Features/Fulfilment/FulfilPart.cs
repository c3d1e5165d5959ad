using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel.Results;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>
/// Moves a part on, by its cooperative's people or (cancelling before confirmation) its shopper,
/// and queues in the same transaction what follows: the shopper's mail, and for a shipment, a
/// cancellation or a parcel back at the cooperative the notification other modules act on (the
/// last two give the stock back).
/// </summary>
internal sealed class FulfilPartHandler(OrderingDbContext db, ISender sender, TimeProvider clock)
    : ICommandHandler<FulfilPartCommand, Result<OrderPartView>>,
      ICommandHandler<CancelPartByShopperCommand, Result<OrderPartView>>
{
    public async ValueTask<Result<OrderPartView>> Handle(FulfilPartCommand command, CancellationToken cancellationToken)
    {
        var part = await db.Parts.SingleOrDefaultAsync(p => p.Id == command.PartId, cancellationToken);
        if (part is null || await sender.Send(new GetVendorStaffRoleQuery(part.CooperativeId, command.ActorId), cancellationToken) is null)
        {
            return OrderQueries.NotFound();
        }

        var now = clock.GetUtcNow();
        IReadOnlyList<ShippedLot> lots = [];
        if (command.Action == FulfilmentAction.Ship && part.Status == PartStatus.Packed)
        {
            // A reservation's order ships, unless the cooperative says otherwise, from the lot its window named.
            var proposed = await sender.Send(new GetProposedLotsQuery([part.OrderId]), cancellationToken);
            var chosen = await ShipFromLots.ChooseAsync(sender, part, command.Lots ?? [], proposed.GetValueOrDefault(part.OrderId), now, cancellationToken);
            if (!chosen.IsSuccess)
            {
                return chosen.Error!;
            }

            lots = chosen.Value;
        }

        var moved = part.Fulfil(
            command.Action,
            command.Carrier?.Trim(),
            command.TrackingNumber?.Trim(),
            command.Reason?.Trim(),
            now,
            command.CashCollectedVnd,
            command.ReturnFeeVnd);
        if (!moved.IsSuccess)
        {
            return moved.Error!;
        }

        db.ShippedLots.AddRange(lots);
        return await AfterAsync(part, now, lots, cancellationToken);
    }

    public async ValueTask<Result<OrderPartView>> Handle(CancelPartByShopperCommand command, CancellationToken cancellationToken)
    {
        var buyer = command.BuyerId;
        var part = await db.Parts
            .Where(p => p.Id == command.PartId && p.OrderId == command.OrderId && db.Orders.Any(o => o.Id == p.OrderId && o.BuyerId == buyer))
            .SingleOrDefaultAsync(cancellationToken);
        if (part is null)
        {
            return OrderQueries.NotFound();
        }

        var now = clock.GetUtcNow();
        var moved = part.CancelByShopper(command.Reason?.Trim(), now);
        return moved.IsSuccess ? await AfterAsync(part, now, [], cancellationToken) : moved.Error!;
    }

    private async Task<OrderPartView> AfterAsync(OrderPart part, DateTimeOffset now, IReadOnlyList<ShippedLot> lots, CancellationToken cancellationToken)
    {
        if (part.Status == PartStatus.Shipped)
        {
            db.AddIntegrationEvent(
                new OrderPartShippedIntegrationEvent(Guid.NewGuid(), now, part.OrderId, part.Id, part.CooperativeId, part.Carrier!, part.TrackingNumber!));
        }
        else if (part.Status == PartStatus.Cancelled)
        {
            db.AddIntegrationEvent(new OrderCancelledIntegrationEvent(
                Guid.NewGuid(), now, part.OrderId, part.Id, part.CooperativeId, part.StockToReturn(), part.CancelReason));
        }
        else
        {
            db.AddIntegrationEvent(new OrderPartProgressMailRequested(
                Guid.NewGuid(), now, part.OrderId, part.Id, part.Status, part.Status is PartStatus.DeliveryFailed or PartStatus.Returning
                    ? part.Timeline[^1].Note
                    : null));
        }

        if (part.Status == PartStatus.Returned)
        {
            // Catalog puts the stock back on sale; Payments stops asking its cash and books the return fee.
            db.AddIntegrationEvent(new OrderPartReturnedIntegrationEvent(
                Guid.NewGuid(), now, part.OrderId, part.Id, part.CooperativeId, part.StockToReturn(), part.CancelReason, part.ReturnFeeVnd ?? 0));
        }

        if (part.Status == PartStatus.Delivered)
        {
            // Payments books the sale (and, paid in cash, the cash the cooperative now holds).
            db.AddIntegrationEvent(
                new OrderPartDeliveredIntegrationEvent(
                    Guid.NewGuid(), now, part.OrderId, part.Id, part.CooperativeId, part.CashCollectedVnd ?? 0, part.CashShortfallReason));
        }

        var number = await db.Orders.Where(o => o.Id == part.OrderId).Select(o => o.Number).SingleAsync(cancellationToken);
        if (lots.Count == 0 && part.Status == PartStatus.Delivered)
        {
            lots = await db.ShippedLots.AsNoTracking().Where(l => l.PartId == part.Id).ToListAsync(cancellationToken);
        }

        return OrderViews.Part(part, number, lots: lots);
    }
}
