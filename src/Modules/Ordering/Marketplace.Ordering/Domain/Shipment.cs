using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Domain;

/// <summary>
/// A part's parcel booked with a carrier: the carrier's tracking code, what it charges the
/// cooperative, the cash it collects at the door, and each status it has reported. A booking the
/// carrier cancels before pickup ends it, and the part may be booked again (a new shipment, under
/// a new <see cref="PartnerCode"/>: carriers refuse a code twice).
/// </summary>
internal sealed class Shipment
{
    private Shipment()
    {
    }

    public Shipment(OrderPartId partId, int attempt, DeliveryCarrier carrier, string trackingCode, long feeVnd, long codVnd, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        PartId = partId;
        PartnerCode = CodeFor(partId, attempt);
        Carrier = carrier;
        TrackingCode = trackingCode;
        FeeVnd = feeVnd;
        CodVnd = codVnd;
        BookedAt = now;
        Events = [new ShipmentEvent(ShipmentStep.Booked, "booked", now, null, now)];
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public OrderPartId PartId { get; private set; }

    /// <summary>Our code for the parcel at the carrier (its "partner id"): the part's, and the attempt's after the first.</summary>
    public string PartnerCode { get; private set; } = string.Empty;

    public DeliveryCarrier Carrier { get; private set; }

    public string TrackingCode { get; private set; } = string.Empty;

    /// <summary>What the carrier charges the cooperative for it, insurance included, as it said when booked.</summary>
    public long FeeVnd { get; private set; }

    /// <summary>What the carrier collects at the door and owes back (0 when paid in advance).</summary>
    public long CodVnd { get; private set; }

    public DateTimeOffset BookedAt { get; private set; }

    public bool Cancelled { get; private set; }

    /// <summary>The carrier's time of the latest status that moved anything: a status reported as older arrives late and moves nothing.</summary>
    public DateTimeOffset? MovedAt { get; private set; }

    public List<ShipmentEvent> Events { get; private set; } = [];

    /// <summary>When the carrier's statement said it paid the cash of this parcel over (or charged its return), and which statement.</summary>
    public DateTimeOffset? RemittedAt { get; private set; }

    public Guid? RemittanceId { get; private set; }

    /// <summary>The cash the carrier paid over for it, by its statement.</summary>
    public long? RemittedVnd { get; private set; }

    /// <summary>What the carrier took from it for itself, by its statement: delivery, insurance, return.</summary>
    public long? ChargedVnd { get; private set; }

    /// <summary>Changes with every status kept, so that the same callback taken twice at once is saved once.</summary>
    public Guid Version { get; private set; }

    public static string CodeFor(OrderPartId partId, int attempt) =>
        attempt <= 1 ? partId.Value.ToString("N") : $"{partId.Value:N}-{attempt}";

    /// <summary>
    /// Takes a status the carrier reported, once: the same status at the same time again (a
    /// replay) is not kept and returns false. Whether it may move the part is the caller's to ask
    /// of <see cref="IsLate"/>.
    /// </summary>
    public bool Record(ShipmentStep step, string code, DateTimeOffset at, string? reason, DateTimeOffset now)
    {
        if (Events.Any(e => e.Code == code && e.At == at))
        {
            return false;
        }

        Events = [.. Events, new ShipmentEvent(step, code, at, reason, now)];
        Version = Guid.NewGuid();
        return true;
    }

    /// <summary>Reported as happening before a status that already moved the part: it arrived out of order.</summary>
    public bool IsLate(DateTimeOffset at) => MovedAt is { } moved && at < moved;

    public void Moved(DateTimeOffset at) => MovedAt = MovedAt is { } moved && moved > at ? moved : at;

    public void Cancel() => Cancelled = true;

    /// <summary>Settled by a carrier's statement: once; a second statement naming it changes nothing.</summary>
    public bool Remit(Guid remittanceId, long cashVnd, long chargedVnd, DateTimeOffset now)
    {
        if (RemittedAt is not null)
        {
            return false;
        }

        (RemittanceId, RemittedVnd, ChargedVnd, RemittedAt) = (remittanceId, cashVnd, chargedVnd, now);
        Version = Guid.NewGuid();
        return true;
    }

    /// <summary>Whether a step of this kind was reported before the one just recorded (the shopper is told of the first only).</summary>
    public bool HadBefore(ShipmentStep step) => Events.Take(Events.Count - 1).Any(e => e.Step == step);

    /// <summary>The parcel as its cooperative sees it, or (<paramref name="withCharges"/> false) as its shopper does, without the carrier's fee.</summary>
    public ShipmentView View(bool withCharges) => new(
        Carrier, TrackingCode, withCharges ? Money.Dong(FeeVnd) : null, Money.Dong(CodVnd), BookedAt, Cancelled,
        Events.OrderBy(e => e.At).Select(e => new ShipmentEventView(e.Step, e.Code, e.At, e.Reason)).ToList());
}

/// <summary>A status as the carrier reported it: its code, the carrier's time, its reason; and when we received it.</summary>
internal sealed record ShipmentEvent(ShipmentStep Step, string Code, DateTimeOffset At, string? Reason, DateTimeOffset ReceivedAt);
