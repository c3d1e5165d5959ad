using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Fulfilment;

/// <summary>
/// Moves a part on, by its cooperative's people or (cancelling before confirmation) its shopper;
/// what follows each step is <see cref="PartSteps"/>'.
/// </summary>
internal sealed class FulfilPartHandler(OrderingDbContext db, ISender sender, PartSteps steps)
    : ICommandHandler<FulfilPartCommand, Result<OrderPartView>>,
      ICommandHandler<CancelPartByShopperCommand, Result<OrderPartView>>
{
    public async ValueTask<Result<OrderPartView>> Handle(FulfilPartCommand command, CancellationToken cancellationToken)
    {
        if (await StaffParts.FindAsync(db, sender, command.PartId, command.ActorId, cancellationToken) is not { } part)
        {
            return OrderQueries.NotFound();
        }

        return await steps.TakeAsync(
            part,
            command.Action,
            new StepDetails(
                command.Carrier?.Trim(), command.TrackingNumber?.Trim(), command.Reason?.Trim(), command.CashCollectedVnd, command.Lots, command.ReturnFeeVnd),
            cancellationToken);
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

        return await steps.CancelByShopperAsync(part, command.Reason?.Trim(), cancellationToken);
    }
}

internal static class StaffParts
{
    /// <summary>The part, to change, when the person is one of its cooperative's people; else null (to them it does not exist).</summary>
    public static async Task<OrderPart?> FindAsync(OrderingDbContext db, ISender sender, OrderPartId partId, UserId person, CancellationToken cancellationToken)
    {
        var part = await db.Parts.SingleOrDefaultAsync(p => p.Id == partId, cancellationToken);
        return part is not null && await sender.Send(new GetVendorStaffRoleQuery(part.CooperativeId, person), cancellationToken) is not null ? part : null;
    }
}

/// <summary>What a step may carry: the carrier and its code (ship), a reason, the cash taken at the door, the lots, the return fee.</summary>
internal sealed record StepDetails(
    string? Carrier = null,
    string? TrackingNumber = null,
    string? Reason = null,
    long? CashCollectedVnd = null,
    IReadOnlyList<LotPick>? Lots = null,
    long? ReturnFeeVnd = null);

/// <summary>
/// A step of a part, whoever takes it (its cooperative's people, its shopper, its carrier's
/// callback), and what follows it, queued in the same transaction: the shopper's mail, and for a
/// shipment, a cancellation or a parcel back at the cooperative the notification other modules
/// act on (the last two give the stock back).
/// </summary>
internal sealed class PartSteps(OrderingDbContext db, ISender sender, TimeProvider clock)
{
    public async Task<Result<OrderPartView>> TakeAsync(OrderPart part, FulfilmentAction action, StepDetails details, CancellationToken cancellationToken)
    {
        if (action == FulfilmentAction.Cancel && await db.LiveShipments(part.Id).AnyAsync(cancellationToken))
        {
            // The carrier would still come for it: its booking is called off first, by the carrier.
            return Error.Rule("order_part.booked", Bilingual.Pick(
                "Phần đơn hàng này đã gửi hãng vận chuyển: hãy hủy vận đơn trước khi hủy đơn.",
                "This part is booked with a carrier: cancel the booking before cancelling the part."));
        }

        var now = clock.GetUtcNow();
        IReadOnlyList<ShippedLot> lots = [];
        if (action == FulfilmentAction.Ship && part.Status == PartStatus.Packed)
        {
            // A reservation's order ships, unless the cooperative says otherwise, from the lot its window named.
            var proposed = await sender.Send(new GetProposedLotsQuery([part.OrderId]), cancellationToken);
            var chosen = await ShipFromLots.ChooseAsync(sender, part, details.Lots ?? [], proposed.GetValueOrDefault(part.OrderId), now, cancellationToken);
            if (!chosen.IsSuccess)
            {
                return chosen.Error!;
            }

            lots = chosen.Value;
        }

        var moved = part.Fulfil(
            action, details.Carrier, details.TrackingNumber, details.Reason, now, details.CashCollectedVnd, details.ReturnFeeVnd);
        if (!moved.IsSuccess)
        {
            return moved.Error!;
        }

        db.ShippedLots.AddRange(lots);

        // Booked with a carrier, the carrier took the cash at the door, whoever says it was delivered (its callback, or the cooperative by hand).
        var byCarrier = action == FulfilmentAction.Deliver && await db.LiveShipments(part.Id).AnyAsync(cancellationToken);
        return await AfterAsync(part, now, lots, cancellationToken, byCarrier);
    }

    public async Task<Result<OrderPartView>> CancelByShopperAsync(OrderPart part, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var moved = part.CancelByShopper(reason, now);
        return moved.IsSuccess ? await AfterAsync(part, now, [], cancellationToken) : moved.Error!;
    }

    private async Task<OrderPartView> AfterAsync(
        OrderPart part, DateTimeOffset now, IReadOnlyList<ShippedLot> lots, CancellationToken cancellationToken, bool byCarrier = false)
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
                    Guid.NewGuid(), now, part.OrderId, part.Id, part.CooperativeId, part.CashCollectedVnd ?? 0, part.CashShortfallReason,
                    CollectedByCarrier: byCarrier && part.CashDueVnd > 0));
        }

        var number = await db.Orders.Where(o => o.Id == part.OrderId).Select(o => o.Number).SingleAsync(cancellationToken);
        if (lots.Count == 0 && part.Status == PartStatus.Delivered)
        {
            lots = await db.ShippedLots.AsNoTracking().Where(l => l.PartId == part.Id).ToListAsync(cancellationToken);
        }

        return OrderViews.Part(part, number, lots: lots);
    }
}
