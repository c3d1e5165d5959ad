using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Ordering.Domain;

/// <summary>How a harvest smaller than what was reserved is shared out.</summary>
internal enum AllocationRule
{
    /// <summary>Reservations served in the order they were made, until the harvest runs out (the last one served may get part).</summary>
    FirstComeFirstServed,

    /// <summary>Every reservation gets the same share of what it asked for.</summary>
    ProRata,
}

internal enum WindowStatus
{
    /// <summary>Taking reservations between its dates (before them: coming; after them: waiting for the harvest).</summary>
    Open,

    /// <summary>The harvest was recorded and shared out; nothing more is reserved.</summary>
    Harvested,

    /// <summary>Called off by the cooperative: every reservation is cancelled and its deposit owed back.</summary>
    Cancelled,
}

/// <summary>
/// A cooperative sells a coming harvest of one variant before it is picked: between two dates
/// buyers reserve up to <see cref="Capacity"/> units at <see cref="PriceVnd"/>, paying
/// <see cref="DepositPercent"/> of it now. <see cref="Reserved"/> grows only through one
/// conditional UPDATE (see <c>ReserveHandler</c>), so it never passes the capacity whatever
/// the concurrency (a withdrawn reservation gives its units back the same way); beyond it buyers
/// may wait on a list, served if the harvest is larger.
/// Product facts are copied in when it opens, as an order line copies them.
/// </summary>
internal sealed class PreorderWindow
{
    public const int MaxUnits = 10_000_000;

    /// <summary>How many reservations (held or waiting) one buyer may have open on a window at once.</summary>
    public const int MaxOpenReservationsPerBuyer = 10;

    private PreorderWindow()
    {
    }

    public PreorderWindow(Guid id, PreorderFacts facts, PreorderTerms terms, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(terms);
        Id = id;
        CooperativeId = facts.CooperativeId;
        VendorName = facts.VendorName;
        ProductId = facts.ProductId;
        VariantId = facts.VariantId;
        Sku = facts.Sku;
        ProductName = facts.ProductName;
        Unit = facts.Unit;
        GramsPerUnit = facts.GramsPerUnit;
        LotCode = terms.LotCode;
        OpensOn = terms.OpensOn;
        ClosesOn = terms.ClosesOn;
        HarvestOn = terms.HarvestOn;
        Capacity = terms.Capacity;
        PriceVnd = terms.PriceVnd;
        DepositPercent = terms.DepositPercent;
        Rule = terms.Rule;
        Province = facts.Province;
        CreatedAt = now;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public string VendorName { get; private set; } = string.Empty;

    public string Province { get; private set; } = string.Empty;

    public ProductId ProductId { get; private set; }

    public VariantId VariantId { get; private set; }

    public string Sku { get; private set; } = string.Empty;

    public string ProductName { get; private set; } = string.Empty;

    /// <summary>The variant's unit code ("kg", "bag" …): capacity and reservations count in it.</summary>
    public string Unit { get; private set; } = string.Empty;

    /// <summary>Grams in one unit, when the unit is a weight: what shows the capacity in kg too.</summary>
    public int? GramsPerUnit { get; private set; }

    /// <summary>The code the harvest lot will carry, printed on its packages and followed to each buyer.</summary>
    public string LotCode { get; private set; } = string.Empty;

    public DateOnly OpensOn { get; private set; }

    public DateOnly ClosesOn { get; private set; }

    /// <summary>When the cooperative expects to pick: what buyers plan on.</summary>
    public DateOnly HarvestOn { get; private set; }

    public int Capacity { get; private set; }

    /// <summary>Units held by reservations (never above <see cref="Capacity"/>).</summary>
    public int Reserved { get; private set; }

    /// <summary>Units asked for on the waiting list, beyond the capacity.</summary>
    public int Waitlisted { get; private set; }

    public long PriceVnd { get; private set; }

    public int DepositPercent { get; private set; }

    public AllocationRule Rule { get; private set; }

    public WindowStatus Status { get; private set; }

    /// <summary>What the harvest really gave, in units, once recorded.</summary>
    public int? Harvested { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CancelReason { get; private set; }

    public Guid Version { get; private set; }

    public int Left => Math.Max(0, Capacity - Reserved);

    /// <summary>The deposit on a number of units at a price and a share: rounded half up to the đồng.</summary>
    public static long DepositOn(int units, long priceVnd, int depositPercent) =>
        (long)Math.Round(units * priceVnd * depositPercent / 100m, MidpointRounding.AwayFromZero);

    /// <summary>The deposit this window asks on a number of units (a cart's line, before it is reserved).</summary>
    public long DepositOn(int units) => DepositOn(units, PriceVnd, DepositPercent);

    /// <summary>Reservations are taken today (Vietnam's date): open, and between its dates.</summary>
    public bool TakesReservations(DateOnly today) => Status == WindowStatus.Open && today >= OpensOn && today <= ClosesOn;

    /// <summary>The demo's reservations, written as history: counted as held here, as the reserving UPDATE counts them.</summary>
    public Reservation Hold(Reservation reservation)
    {
        ArgumentNullException.ThrowIfNull(reservation);
        Reserved += reservation.Quantity;
        return reservation;
    }

    public Result<Done> RecordHarvest(int harvested, DateTimeOffset now)
    {
        if (Status != WindowStatus.Open)
        {
            return NotOpen();
        }

        Status = WindowStatus.Harvested;
        Harvested = harvested;
        ClosedAt = now;
        Version = Guid.NewGuid();
        return Done.Value;
    }

    public Result<Done> Cancel(string reason, DateTimeOffset now)
    {
        if (Status != WindowStatus.Open)
        {
            return NotOpen();
        }

        Status = WindowStatus.Cancelled;
        CancelReason = reason;
        ClosedAt = now;
        Version = Guid.NewGuid();
        return Done.Value;
    }

    private Error NotOpen() => Error.Conflict("preorder.closed", Status == WindowStatus.Harvested
        ? Bilingual.Pick($"Đợt đặt trước {LotCode} đã ghi sản lượng thu hoạch.", $"The harvest of pre-order {LotCode} is already recorded.")
        : Bilingual.Pick($"Đợt đặt trước {LotCode} đã bị hủy.", $"Pre-order {LotCode} was cancelled."));
}

/// <summary>What a window copies of its product when it opens.</summary>
internal sealed record PreorderFacts(
    CooperativeId CooperativeId, string VendorName, string Province, ProductId ProductId, VariantId VariantId, string Sku, string ProductName,
    string Unit, int? GramsPerUnit);

/// <summary>What the cooperative sets: the lot, the dates, how much, at what price and deposit, and how a short harvest is shared.</summary>
internal sealed record PreorderTerms(
    string LotCode, DateOnly OpensOn, DateOnly ClosesOn, DateOnly HarvestOn, int Capacity, long PriceVnd, int DepositPercent, AllocationRule Rule);
