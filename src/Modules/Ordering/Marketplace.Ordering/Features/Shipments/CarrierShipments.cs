using Marketplace.SharedKernel.Carriers;
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

/// <summary>One line of the parcel as the carrier lists it: its weight and price are the unit's.</summary>
internal sealed record ParcelItem(string Name, string Sku, int Quantity, long GramsEach, long PriceEachVnd = 0);

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

    /// <summary>
    /// Both ends of the parcel in a carrier's address book (GHN's, Viettel Post's), found by
    /// <paramref name="find"/>; or, instead, the booking to answer: no answer when the book gave
    /// none, refused with the address named when it lists no such commune, or several.
    /// </summary>
    public async Task<(T? From, T? To, Booking? Instead)> EndsAsync<T>(
        string carrier, Func<string, string, CancellationToken, Task<(T?, AddressLookup)>> find, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(find);
        var (from, fromLookup) = await find(From.Province, From.Commune, cancellationToken);
        var (to, toLookup) = await find(Province, Commune, cancellationToken);
        return fromLookup == AddressLookup.NoAnswer || toLookup == AddressLookup.NoAnswer ? (null, null, Booking.Unavailable)
            : from is null ? (null, null, Booking.AddressRefused(carrier, From.Commune, From.Province, fromLookup))
            : to is null ? (null, null, Booking.AddressRefused(carrier, Commune, Province, toLookup))
            : (from, to, null);
    }

    /// <summary>
    /// The parcel's side for carriers that ask its length, width and height (GHN, Viettel Post): a
    /// cube as large as the units' boxes together, so the carrier's volumetric weight is theirs; 1 cm
    /// when no box was given (the carrier then charges the weight, as it was quoted).
    /// </summary>
    public int CubeSideCm => CubeSide(BoxCm3);

    public static int CubeSide(long boxCm3) => boxCm3 <= 0 ? 1 : Math.Clamp((int)Math.Ceiling(Math.Cbrt(boxCm3) - 1e-9), 1, 200);
}

/// <summary>The carrier's answer: booked under its tracking code at its fee, refused (its reason), or no answer.</summary>
internal sealed record Booking(string? TrackingCode, long FeeVnd, string? Refusal)
{
    public static Booking Unavailable { get; } = new(null, 0, null);

    public static Booking Booked(string trackingCode, long feeVnd) => new(trackingCode, feeVnd, null);

    public static Booking Refused(string reason) => new(null, 0, reason);

    /// <summary>
    /// The carrier's address book has no such commune, or several: it is not guessed. The person
    /// ships the parcel and types its tracking code, as before carriers were connected.
    /// </summary>
    public static Booking AddressRefused(string carrier, string commune, string province, AddressLookup lookup) => Refused(lookup == AddressLookup.Ambiguous
        ? Bilingual.Pick(
            $"danh mục địa chỉ của {carrier} có nhiều {commune} ở {province}; hãy gửi và nhập mã vận đơn như trước",
            $"{carrier} lists several places named {commune} in {province}; ship the parcel and enter its tracking number by hand")
        : Bilingual.Pick(
            $"{carrier} không có {commune}, {province} trong danh mục địa chỉ của mình",
            $"{carrier} does not list {commune}, {province} among its addresses"));
}

internal static class ShipmentErrors
{
    public static Error NotBooked() => Error.NotFound("shipment.not_found", Bilingual.Pick(
        "Phần đơn hàng này chưa được gửi hãng vận chuyển.", "This part is not booked with a carrier."));
}
