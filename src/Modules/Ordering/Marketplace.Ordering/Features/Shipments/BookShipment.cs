using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Data;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Cart;
using Marketplace.Ordering.Features.Fulfilment;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Shipments;

/// <summary>
/// A cooperative books a packed part with a carrier: by the one checkout quoted, unless it says
/// another. Owns its transaction: the carrier is called before anything is saved, and nothing is
/// held open while it answers.
/// </summary>
internal sealed record BookShipmentCommand(OrderPartId PartId, UserId ActorId, DeliveryCarrier? Carrier = null)
    : IRequest<Result<OrderPartView>>, IOwnsTransaction<OrderingTransaction>;

/// <summary>
/// Sends the carrier the parcel: the cooperative's address to pick it up, the shopper's to deliver
/// it, each line with its unit's weight, the cash to collect at the door (what the part still
/// owes, 0 when paid in advance) and the goods' value for insurance. The cooperative pays the
/// carrier; the shopper paid the delivery fee at checkout. Booked, the part keeps the carrier's
/// tracking code and the carrier's callbacks move it on; refused or unanswered, nothing changes.
/// Two people booking at once book one parcel: the carrier takes the part's code once, and the
/// part's version lets one of the two save.
/// </summary>
internal sealed class BookShipmentHandler(OrderingDbContext db, ISender sender, IEnumerable<ICarrierShipments> carriers, TimeProvider clock)
    : IRequestHandler<BookShipmentCommand, Result<OrderPartView>>
{
    public async ValueTask<Result<OrderPartView>> Handle(BookShipmentCommand command, CancellationToken cancellationToken)
    {
        if (await StaffParts.FindAsync(db, sender, command.PartId, command.ActorId, cancellationToken) is not { } part)
        {
            return OrderQueries.NotFound();
        }

        if (part.Status != PartStatus.Packed)
        {
            return Error.Rule("shipment.not_packed", Bilingual.Pick(
                "Chỉ gửi hãng vận chuyển một phần đơn hàng đã đóng gói.", "Only a packed part of an order is booked with a carrier."));
        }

        var earlier = await db.Shipments.Where(s => s.PartId == part.Id).ToListAsync(cancellationToken);
        if (earlier.Any(s => !s.Cancelled))
        {
            return AlreadyBooked();
        }

        var carrier = command.Carrier ?? part.ShipsBy;
        if (carrier is null or DeliveryCarrier.Own)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["carrier"] = [Bilingual.Pick("Hãy chọn hãng vận chuyển.", "Choose the carrier.")],
            });
        }

        if (carriers.FirstOrDefault(c => c.Carrier == carrier && c.Configured) is not { } booking)
        {
            return Error.Rule("shipment.carrier_not_connected", Bilingual.Pick(
                $"Chợ HTX chưa kết nối với {carrier.Value.BrandName()}: hãy gửi hàng và nhập mã vận đơn như trước.",
                $"Co-op Market is not connected to {carrier.Value.BrandName()}: ship the parcel and enter its tracking number by hand."));
        }

        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == part.OrderId, cancellationToken);
        var seller = await sender.Send(new GetSellerDetailsQuery(part.CooperativeId), cancellationToken);
        if (seller is null)
        {
            return OrderQueries.NotFound();
        }

        // The boxes the units ship in, as the catalog has them now: GHN asks the parcel's size.
        var variantIds = part.Lines.Where(l => l.VariantId is not null).Select(l => l.VariantId!.Value).Distinct().ToList();
        var boxes = variantIds.Count == 0 ? [] : await sender.Send(new GetProductsForCheckoutQuery(variantIds), cancellationToken);
        var boxCm3 = part.Lines.Sum(l => CartPricing.BoxCm3Of(boxes.FirstOrDefault(v => v.VariantId == l.VariantId), l.Quantity));
        var parcel = new ParcelToBook(
            Shipment.CodeFor(part.Id, earlier.Count + 1),
            order.Number,
            new PickupPoint(seller.Name, seller.Phone, seller.Address, seller.Commune, seller.Province),
            order.Delivery.Recipient,
            order.Delivery.Phone,
            order.Delivery.Street,
            order.Delivery.Commune,
            order.Delivery.Province,
            [.. part.Lines.Select(l => new ParcelItem(
                l.ProductName, l.Sku, l.Quantity, l.NetWeightGrams ?? CartPricing.UnknownGramsPerUnit, l.UnitPriceVnd))],
            part.CashDueVnd,
            part.SubtotalVnd,
            order.Note,
            boxCm3);
        var booked = await booking.BookAsync(parcel, cancellationToken);
        if (booked.TrackingCode is not { } code)
        {
            return booked.Refusal is { } refusal
                ? Error.Rule("shipment.refused", Bilingual.Pick(
                    $"{carrier.Value.BrandName()} không nhận đơn: {refusal}", $"{carrier.Value.BrandName()} refused the parcel: {refusal}"))
                : Error.Unavailable("shipment.carrier_unavailable", Bilingual.Pick(
                    $"{carrier.Value.BrandName()} chưa trả lời; hãy thử lại sau ít phút.",
                    $"{carrier.Value.BrandName()} did not answer; try again in a few minutes."));
        }

        var shipment = new Shipment(part.Id, earlier.Count + 1, carrier.Value, code, booked.FeeVnd, part.CashDueVnd, clock.GetUtcNow());
        db.Shipments.Add(shipment);
        part.Booked(carrier.Value.BrandName(), code);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Booked at the same moment by someone else: the carrier gave both the one parcel, and theirs was saved.
            return AlreadyBooked();
        }

        return OrderViews.Part(part, order.Number, order.Delivery.ToContract(), order.Note, shipments: [.. earlier, shipment], carrierCharges: true);
    }

    private static Error AlreadyBooked() => Error.Conflict("shipment.already_booked", Bilingual.Pick(
        "Phần đơn hàng này đã được gửi hãng vận chuyển.", "This part is already booked with a carrier."));
}
