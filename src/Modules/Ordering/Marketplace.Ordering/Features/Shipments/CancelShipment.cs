using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Features.Fulfilment;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Shipments;

/// <summary>
/// A cooperative calls off its booking before the carrier picks the parcel up (to cancel the part,
/// or to send it another way). Owns its transaction: the carrier is asked first, and only what it
/// cancelled is cancelled here.
/// </summary>
internal sealed record CancelShipmentCommand(OrderPartId PartId, UserId ActorId)
    : IRequest<Result<OrderPartView>>, IOwnsTransaction<OrderingTransaction>;

internal sealed class CancelShipmentHandler(OrderingDbContext db, ISender sender, IEnumerable<ICarrierShipments> carriers, TimeProvider clock)
    : IRequestHandler<CancelShipmentCommand, Result<OrderPartView>>
{
    public async ValueTask<Result<OrderPartView>> Handle(CancelShipmentCommand command, CancellationToken cancellationToken)
    {
        if (await StaffParts.FindAsync(db, sender, command.PartId, command.ActorId, cancellationToken) is not { } part)
        {
            return OrderQueries.NotFound();
        }

        var shipment = await db.LiveShipments(part.Id).FirstOrDefaultAsync(cancellationToken);
        if (shipment is null)
        {
            return ShipmentErrors.NotBooked();
        }

        var name = shipment.Carrier.BrandName();
        if (part.Status != PartStatus.Packed)
        {
            return Error.Rule("shipment.picked_up", Bilingual.Pick(
                $"{name} đã lấy hàng: không hủy vận đơn được nữa.", $"{name} has picked the parcel up: the booking can no longer be cancelled."));
        }

        var (cancelled, refusal) = carriers.FirstOrDefault(c => c.Carrier == shipment.Carrier && c.Configured) is { } carrier
            ? await carrier.CancelAsync(shipment.TrackingCode, cancellationToken)
            : (null, null);
        if (cancelled is not true)
        {
            return cancelled is false
                ? Error.Rule("shipment.cancel_refused", Bilingual.Pick($"{name} không hủy vận đơn: {refusal}", $"{name} did not cancel the booking: {refusal}"))
                : Error.Unavailable("shipment.carrier_unavailable", Bilingual.Pick(
                    $"{name} chưa trả lời; hãy thử lại sau ít phút.", $"{name} did not answer; try again in a few minutes."));
        }

        var now = clock.GetUtcNow();
        shipment.Record(ShipmentStep.Cancelled, "cancelled", now, null, now);
        shipment.Cancel();
        part.BookingCancelled(shipment.TrackingCode);
        await db.SaveChangesAsync(cancellationToken);
        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == part.OrderId, cancellationToken);
        return OrderViews.Part(part, order.Number, order.Delivery.ToContract(), order.Note, shipments: [shipment], carrierCharges: true);
    }
}
