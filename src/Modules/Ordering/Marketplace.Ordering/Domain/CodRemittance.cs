using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Domain;

/// <summary>What became of one line of a carrier's statement.</summary>
internal enum RemittanceOutcome
{
    /// <summary>The cash of a delivered parcel, as much as was collected at the door.</summary>
    Paid,

    /// <summary>The cash of a delivered parcel, but not what was collected at the door: nothing booked, to take up with the carrier.</summary>
    CashDiffers,

    /// <summary>A parcel brought back: no cash, the carrier's charges booked to the cooperative.</summary>
    ReturnCharged,

    /// <summary>Named by an earlier statement: nothing booked again.</summary>
    AlreadySettled,

    /// <summary>A parcel not delivered nor brought back here yet: nothing booked.</summary>
    NotDelivered,

    /// <summary>No parcel of ours has this code with this carrier.</summary>
    Unknown,

    /// <summary>A line that could not be read (no code, an amount that is not one).</summary>
    Unreadable,
}

/// <summary>A line of a statement as it was read and matched: the row the person's spreadsheet shows.</summary>
internal sealed record RemittanceLine(
    int Row, string? TrackingCode, long CashVnd, long ChargedVnd, RemittanceOutcome Outcome, OrderPartId? PartId, string? OrderNumber, string? Note);

/// <summary>
/// A carrier's cash-on-delivery statement as the alliance imported it: which parcels' cash the
/// carrier says it paid over, less its charges, each matched to its part. Kept whole, so an admin
/// sees at month's end what each import did and what it left to take up with the carrier.
/// </summary>
internal sealed class CodRemittance
{
    private CodRemittance()
    {
    }

    public CodRemittance(DeliveryCarrier carrier, string fileName, UserId importedBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Carrier = carrier;
        FileName = fileName;
        ImportedBy = importedBy;
        ImportedAt = now;
    }

    public Guid Id { get; private set; }

    public DeliveryCarrier Carrier { get; private set; }

    public string FileName { get; private set; } = string.Empty;

    public UserId ImportedBy { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public List<RemittanceLine> Lines { get; private set; } = [];

    public void Add(RemittanceLine line) => Lines = [.. Lines, line];
}
