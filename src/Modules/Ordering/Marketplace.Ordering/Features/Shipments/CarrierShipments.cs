using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Features.Shipments;

/// <summary>
/// A carrier's booking API, behind which each carrier's protocol stays (GHTK's, GHN's): a parcel
/// booked with the cash it collects, and its label to print.
/// </summary>
internal interface ICarrierShipments
{
    DeliveryCarrier Carrier { get; }

    /// <summary>Whether the alliance has an account with the carrier here; if not, the cooperative books by hand.</summary>
    bool Configured { get; }

    /// <summary>
    /// Books the parcel. Booking again under the same <see cref="ParcelToBook.PartnerCode"/> (a
    /// retry after an answer that never came) finds the first booking, not a second parcel.
    /// </summary>
    Task<Booking> BookAsync(ParcelToBook parcel, CancellationToken cancellationToken);

    /// <summary>The label as a PDF to print and stick on the box, or null when the carrier gave none.</summary>
    Task<byte[]?> LabelAsync(string trackingCode, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the carrier prints its labels on a page of its own rather than as a PDF (GHN): the
    /// person is sent there (<see cref="PrintPageAsync"/>).
    /// </summary>
    bool PrintsOnItsOwnPage => false;

    /// <summary>The carrier's own page that prints the label, for a carrier that <see cref="PrintsOnItsOwnPage"/>; null when it gave none.</summary>
    Task<Uri?> PrintPageAsync(string trackingCode, CancellationToken cancellationToken) => Task.FromResult<Uri?>(null);

    /// <summary>
    /// Calls the booking off before pickup: true when the carrier cancelled it (or had already),
    /// false with its reason when it refused (picked up already), null when it did not answer.
    /// </summary>
    Task<(bool? Cancelled, string? Refusal)> CancelAsync(string trackingCode, CancellationToken cancellationToken);
}

/// <summary>Where the carrier picks the parcel up: the cooperative, by name.</summary>
internal sealed record PickupPoint(string Name, string Phone, string Street, string Commune, string Province);

/// <summary>One line of the parcel as the carrier lists it: its weight is the unit's.</summary>
internal sealed record ParcelItem(string Name, string Sku, int Quantity, long GramsEach);

internal sealed record ParcelToBook(
    string PartnerCode,
    string OrderNumber,
    PickupPoint From,
    string Recipient,
    string Phone,
    string Street,
    string Commune,
    string Province,
    IReadOnlyList<ParcelItem> Items,
    long CashOnDeliveryVnd,
    long ValueVnd,
    string? Note,
    long BoxCm3 = 0)
{
    /// <summary>
    /// The note on the carrier's label, cut to what the carrier takes: the order number tells the
    /// cooperative's people which box is which, the shopper's note the courier.
    /// </summary>
    public string CourierNote(int maxLength)
    {
        var note = string.IsNullOrWhiteSpace(Note) ? $"Đơn {OrderNumber}" : $"Đơn {OrderNumber}. {Note.Trim()}";
        return note.Length <= maxLength ? note : note[..maxLength];
    }
}

/// <summary>The carrier's answer: booked under its tracking code at its fee, refused (its reason), or no answer.</summary>
internal sealed record Booking(string? TrackingCode, long FeeVnd, string? Refusal)
{
    public static Booking Unavailable { get; } = new(null, 0, null);

    public static Booking Booked(string trackingCode, long feeVnd) => new(trackingCode, feeVnd, null);

    public static Booking Refused(string reason) => new(null, 0, reason);
}

internal static class ShipmentErrors
{
    public static Error NotBooked() => Error.NotFound("shipment.not_found", Bilingual.Pick(
        "Phần đơn hàng này chưa được gửi hãng vận chuyển.", "This part is not booked with a carrier."));
}
