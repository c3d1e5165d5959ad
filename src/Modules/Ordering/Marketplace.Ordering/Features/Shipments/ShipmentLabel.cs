using Marketplace.Ordering.Data;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Features.Shipments;

/// <summary>The label of a part's booked parcel, for the cooperative's people to print.</summary>
internal sealed record GetShipmentLabelQuery(OrderPartId PartId, UserId ActorId) : IQuery<Result<ShipmentLabel>>;

internal sealed record ShipmentLabel(byte[] Pdf, string FileName);

/// <summary>
/// Asks the carrier for the label each time (carriers print it with their own sorting codes,
/// which they may change until pickup): nothing is stored here.
/// </summary>
internal sealed class ShipmentLabelHandler(OrderingDbContext db, ISender sender, IEnumerable<ICarrierShipments> carriers)
    : IQueryHandler<GetShipmentLabelQuery, Result<ShipmentLabel>>
{
    public async ValueTask<Result<ShipmentLabel>> Handle(GetShipmentLabelQuery query, CancellationToken cancellationToken)
    {
        var partId = query.PartId;
        var part = await db.Parts.AsNoTracking().Where(p => p.Id == partId).Select(p => new { p.CooperativeId }).SingleOrDefaultAsync(cancellationToken);
        if (part is null || await sender.Send(new GetVendorStaffRoleQuery(part.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return OrderQueries.NotFound();
        }

        var shipment = await db.Shipments.AsNoTracking()
            .Where(s => s.PartId == partId && !s.Cancelled)
            .OrderByDescending(s => s.PartnerCode.Length).ThenByDescending(s => s.PartnerCode) // the latest attempt ("…-10" after "…-9")
            .FirstOrDefaultAsync(cancellationToken);
        if (shipment is null)
        {
            return ShipmentErrors.NotBooked();
        }

        var carrier = carriers.FirstOrDefault(c => c.Carrier == shipment.Carrier && c.Configured);
        var pdf = carrier is null ? null : await carrier.LabelAsync(shipment.TrackingCode, cancellationToken);
        return pdf is null
            ? Error.Unavailable("shipment.label_unavailable", Bilingual.Pick(
                "Hãng vận chuyển chưa trả nhãn; hãy thử lại sau ít phút.", "The carrier gave no label; try again in a few minutes."))
            : new ShipmentLabel(pdf, $"nhan-{shipment.TrackingCode}.pdf");
    }
}
