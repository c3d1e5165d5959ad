using Marketplace.Ordering.Data;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Marketplace.Ordering.Features.Shipments;

/// <summary>The label of a part's booked parcel, for the cooperative's people to print.</summary>
internal sealed record GetShipmentLabelQuery(OrderPartId PartId, UserId ActorId) : IQuery<Result<ShipmentLabel>>;

/// <summary>The label as a PDF; or, for a carrier that prints on its own page (GHN), that page's address and no PDF.</summary>
internal sealed record ShipmentLabel(byte[] Pdf, string FileName)
{
    public Uri? PrintPage { get; init; }
}

/// <summary>The labels of these parts' booked parcels in one PDF, a label a page, in the order asked; parts not booked are left out.</summary>
internal sealed record GetShipmentLabelsQuery(IReadOnlyList<OrderPartId> PartIds, UserId ActorId) : IQuery<Result<ShipmentLabel>>;

/// <summary>
/// Asks the carrier for the label each time (carriers print it with their own sorting codes,
/// which they may change until pickup): nothing is stored here.
/// </summary>
internal sealed class ShipmentLabelHandler(OrderingDbContext db, ISender sender, IEnumerable<ICarrierShipments> carriers)
    : IQueryHandler<GetShipmentLabelQuery, Result<ShipmentLabel>>,
      IQueryHandler<GetShipmentLabelsQuery, Result<ShipmentLabel>>
{
    public async ValueTask<Result<ShipmentLabel>> Handle(GetShipmentLabelsQuery query, CancellationToken cancellationToken)
    {
        using var merged = new PdfDocument();
        foreach (var partId in query.PartIds)
        {
            var label = await Handle(new GetShipmentLabelQuery(partId, query.ActorId), cancellationToken);
            if (label.IsSuccess && label.Value.PrintPage is not null)
            {
                return Error.Rule("shipment.label_on_carrier_page", Bilingual.Pick(
                    "Nhãn Giao Hàng Nhanh được in từ trang của GHN: hãy in nhãn của từng phần đơn đó.",
                    "Giao Hàng Nhanh prints its labels on its own page: print those parts' labels one by one."));
            }

            if (label.IsSuccess)
            {
                using var pages = PdfReader.Open(new MemoryStream(label.Value.Pdf, writable: false), PdfDocumentOpenMode.Import);
                foreach (var page in pages.Pages)
                {
                    merged.AddPage(page);
                }
            }
            else if (label.Error!.Code is not ("shipment.not_found" or "order.not_found"))
            {
                return label.Error; // a carrier that did not answer: no half a pile of labels
            }
        }

        if (merged.PageCount == 0)
        {
            return ShipmentErrors.NotBooked();
        }

        using var written = new MemoryStream();
        merged.Save(written, closeStream: false);
        return new ShipmentLabel(written.ToArray(), "nhan-van-chuyen.pdf");
    }

    public async ValueTask<Result<ShipmentLabel>> Handle(GetShipmentLabelQuery query, CancellationToken cancellationToken)
    {
        var partId = query.PartId;
        var part = await db.Parts.AsNoTracking().Where(p => p.Id == partId).Select(p => new { p.CooperativeId }).SingleOrDefaultAsync(cancellationToken);
        if (part is null || await sender.Send(new GetVendorStaffRoleQuery(part.CooperativeId, query.ActorId), cancellationToken) is null)
        {
            return OrderQueries.NotFound();
        }

        var shipment = await db.LiveShipments(partId).AsNoTracking()
            .OrderByDescending(s => s.PartnerCode.Length).ThenByDescending(s => s.PartnerCode) // the latest attempt ("…-10" after "…-9")
            .FirstOrDefaultAsync(cancellationToken);
        if (shipment is null)
        {
            return ShipmentErrors.NotBooked();
        }

        var carrier = carriers.FirstOrDefault(c => c.Carrier == shipment.Carrier && c.Configured);
        if (carrier is { PrintsOnItsOwnPage: true })
        {
            return await carrier.PrintPageAsync(shipment.TrackingCode, cancellationToken) is { } page
                ? new ShipmentLabel([], $"nhan-{shipment.TrackingCode}.pdf") { PrintPage = page }
                : Unavailable();
        }

        var pdf = carrier is null ? null : await carrier.LabelAsync(shipment.TrackingCode, cancellationToken);
        return pdf is null ? Unavailable() : new ShipmentLabel(pdf, $"nhan-{shipment.TrackingCode}.pdf");
    }

    private static Error Unavailable() => Error.Unavailable("shipment.label_unavailable", Bilingual.Pick(
        "Hãng vận chuyển chưa trả nhãn; hãy thử lại sau ít phút.", "The carrier gave no label; try again in a few minutes."));
}
