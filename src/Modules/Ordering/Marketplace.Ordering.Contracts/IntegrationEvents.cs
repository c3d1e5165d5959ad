using System.Text.Json.Serialization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Messaging;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Trade;

namespace Marketplace.Ordering.Contracts;

public sealed record OrderedPart(
    OrderPartId PartId, [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId, long TotalVnd, long CashDueVnd);

/// <summary>An order was placed, with its parts: each cooperative's share of it. (No number: raised before numbers were carried.)</summary>
public sealed record OrderPlacedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    string BuyerEmail,
    string PaymentMethod,
    IReadOnlyList<OrderedPart> Parts,
    string? Number = null) : IIntegrationEvent;

/// <summary>A cooperative shipped its part.</summary>
public sealed record OrderPartShippedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string Carrier,
    string TrackingNumber) : IIntegrationEvent;

public sealed record CancelledLine(VariantId VariantId, int Quantity);

/// <summary>A part was cancelled (by its cooperative or the shopper): its stock goes back.</summary>
public sealed record OrderCancelledIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    IReadOnlyList<CancelledLine> Lines,
    string? Reason) : IIntegrationEvent;

/// <summary>
/// A shipped part came back to its cooperative unsold (refused at the door, no one to take it):
/// its stock goes back on sale, cash due on delivery is no longer due, and the carrier's
/// <see cref="ReturnFeeVnd"/> is the cooperative's to bear.
/// </summary>
public sealed record OrderPartReturnedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    IReadOnlyList<CancelledLine> Lines,
    string? Reason,
    long ReturnFeeVnd) : IIntegrationEvent;

/// <summary>A shopper asked to send back delivered goods: the cooperative's owners hear of it, to answer.</summary>
public sealed record ReturnRequestedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReturnId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string OrderNumber,
    long AskedVnd,
    string Reason) : IIntegrationEvent;

/// <summary>
/// A return was agreed at <see cref="RefundVnd"/>: Catalog puts <see cref="Restock"/> back on sale
/// (empty when the goods did not come back fit to sell). The money follows as its own event
/// (<see cref="ReturnRefundDueIntegrationEvent"/>).
/// </summary>
public sealed record ReturnAgreedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReturnId,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    long RefundVnd,
    string Reason,
    IReadOnlyList<CancelledLine> Restock) : IIntegrationEvent;

/// <summary>
/// An agreed return's money is to go back now: at once when the part was paid by card (Stripe
/// gives it back), or once an admin made the alliance's transfer (<see cref="By"/>, who booked it).
/// Payments books the refund under the return's id and <see cref="Attempt"/>, so it is booked once:
/// an admin's retry of a refund the provider refused is a new attempt (the provider keeps its answer
/// to a key, refusals included, and a refusal made nothing).
/// </summary>
public sealed record ReturnRefundDueIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ReturnId,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    long AmountVnd,
    string Reason,
    string By,
    bool ByTransfer,
    int Attempt = 0) : IIntegrationEvent;

/// <summary>
/// A part reached the shopper; paid in cash on delivery, its cooperative now holds
/// <see cref="CashCollectedVnd"/>, and <see cref="ShortfallReason"/> says why when that is less than was due.
/// <see cref="CollectedByCarrier"/>: the carrier the alliance booked took the cash, not the
/// cooperative; it is the alliance's once the carrier pays it over (<see cref="CarrierCashRemittedIntegrationEvent"/>).
/// </summary>
public sealed record OrderPartDeliveredIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    OrderPartId PartId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    long CashCollectedVnd,
    string? ShortfallReason = null,
    bool CollectedByCarrier = false) : IIntegrationEvent;

/// <summary>
/// A carrier's statement settled a parcel: <see cref="CashVnd"/> of the cash it collected paid over
/// to the alliance, as much as was collected at the door (0 for a parcel it brought back:
/// <see cref="Returned"/>), and <see cref="ChargedVnd"/> kept for itself (delivery, insurance,
/// return), which the cooperative bears. Sent once per parcel.
/// </summary>
public sealed record CarrierCashRemittedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    OrderId OrderId,
    OrderPartId PartId,
    CooperativeId CooperativeId,
    string Carrier,
    string TrackingCode,
    long CashVnd,
    long ChargedVnd,
    bool Returned) : IIntegrationEvent;

/// <summary>
/// A request for quotation was sent to a cooperative: its owners hear of it. From abroad, the
/// request names the destination country, its Incoterms® rule and named place instead of a province.
/// </summary>
public sealed record RfqReceivedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid RfqId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string Number,
    string Subject,
    int Quantity,
    string Unit,
    string DeliveryProvince,
    DateOnly DeliveryDate,
    string? DestinationCountry = null,
    string? Incoterm = null,
    string? NamedPlace = null) : IIntegrationEvent
{
    /// <summary>"Hà Nội", or "FOB Cát Lái → Nhật Bản" with the country in the reader's language.</summary>
    public string Where(string culture) =>
        Incoterm is null ? DeliveryProvince : $"{Incoterm} {NamedPlace} → {Countries.Name(DestinationCountry ?? string.Empty, culture)}";
}

/// <summary>
/// One side of a supply contract acted on it; the other side hears of it. <see cref="Change"/> is
/// what was done (Proposed, Countered, Accepted, Declined, Paused, Resumed, Ended) and
/// <see cref="ByCooperative"/> who did it: the buyer's acts reach the cooperative's people, the
/// cooperative's reach the buyer, in <see cref="BuyerCulture"/>.
/// </summary>
public sealed record ContractChangedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ContractId,
    string Number,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string VendorName,
    string ProductName,
    string BuyerEmail,
    string BuyerCulture,
    string Change,
    bool ByCooperative,
    string? Note) : IIntegrationEvent
{
    /// <summary>What <paramref name="actor"/> did, in words for the other side: a subject, and a body that names the actor and ends with the link.</summary>
    public (string Subject, string Body) Describe(string culture, string actor, string link)
    {
        var (vi, en) = Change switch
        {
            "Proposed" => ("đề nghị hợp đồng bao tiêu", "proposes a supply contract"),
            "Countered" => ("đề nghị lại điều khoản", "counters with other terms"),
            "Accepted" => ("chấp nhận hợp đồng: lịch giao đã được lập", "accepts the contract: the deliveries are scheduled"),
            "Declined" => ("từ chối hợp đồng", "declines the contract"),
            "Paused" => ("tạm dừng hợp đồng", "pauses the contract"),
            "Resumed" => ("tiếp tục hợp đồng", "resumes the contract"),
            _ => ("chấm dứt hợp đồng", "ends the contract"),
        };
        // Short enough for a notice (a title of 200 characters, a detail of 1,000) whatever the note and the actor's address.
        var note = Note is { Length: > 0 } said ? $" “{(said.Length > 300 ? said[..300] + "…" : said)}”" : string.Empty;
        return (
            Bilingual.Pick(culture, $"Hợp đồng {Number}: {vi}", $"Contract {Number}: {en}"),
            Bilingual.Pick(
                culture,
                $"{actor} {vi} ({ProductName}).{note}\n\nXem và trả lời tại {link}",
                $"{actor} {en} ({ProductName}).{note}\n\nSee and answer at {link}"));
    }
}

/// <summary>
/// A cooperative recorded the harvest of a pre-order window: <see cref="Harvested"/> units (in
/// <see cref="Unit"/>, the variant's sale unit) of the lot the window named, picked on
/// <see cref="HarvestedOn"/> (Vietnam's date). The catalog keeps the lot from then on, so its
/// page, the lots its orders ship from and a recall reach it like any lot.
/// </summary>
public sealed record HarvestRecordedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid WindowId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    ProductId ProductId,
    string LotCode,
    DateOnly HarvestedOn,
    int Harvested,
    string Unit,
    string Province) : IIntegrationEvent;

/// <summary>
/// A cooperative opened a pre-order window on one of its products (it may open to buyers later, on
/// <see cref="OpensOn"/>): those who follow the cooperative are told, with the window's terms.
/// </summary>
public sealed record PreorderWindowOpenedIntegrationEvent(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid WindowId,
    [property: JsonPropertyName(StoredNames.VendorId)] CooperativeId CooperativeId,
    string VendorName,
    string ProductName,
    string LotCode,
    DateOnly OpensOn,
    DateOnly ClosesOn,
    DateOnly HarvestOn,
    long PriceVnd,
    string Unit) : IIntegrationEvent;
