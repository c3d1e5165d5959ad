using System.Security.Cryptography;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Domain;

internal enum ContractStatus
{
    /// <summary>Offered by one side (a proposal or a counter-offer), waiting for the other.</summary>
    Offered,

    /// <summary>Both accepted: its deliveries become orders on their dates.</summary>
    Active,

    /// <summary>Held by either side: the deliveries that come due meanwhile are skipped.</summary>
    Paused,

    /// <summary>Ended by either side: the deliveries within the notice period still come, the later ones are cancelled.</summary>
    Ended,

    /// <summary>Every delivery was made, skipped or cancelled.</summary>
    Completed,

    /// <summary>The side asked to answer said no.</summary>
    Declined,
}

internal enum Cadence
{
    Weekly,
    Monthly,
}

internal enum ContractPayment
{
    /// <summary>Each delivery's order is paid by transfer before it is confirmed.</summary>
    Prepaid,

    /// <summary>Each delivery is paid on delivery.</summary>
    OnDelivery,
}

internal enum DeliveryStatus
{
    Scheduled,
    Ordered,
    Skipped,
    Cancelled,
}

/// <summary>
/// What the two sides agree: how much each delivery brings, how often, from when and how many
/// times, at what price per unit, how each delivery is paid, and how many days' notice ending the
/// contract takes (the deliveries due within them still come). With a band (<see cref="PriceFloorVnd"/>
/// to <see cref="PriceCeilingVnd"/>), the cooperative prices each delivery within it before it is
/// ordered, as the market moves; <see cref="PriceVnd"/> is the price of any delivery it does not.
/// </summary>
internal sealed record ContractTerms(
    int QuantityPerDelivery,
    Cadence Cadence,
    DateOnly FirstDeliveryOn,
    int Deliveries,
    long PriceVnd,
    ContractPayment Payment,
    int NoticeDays,
    long? PriceFloorVnd = null,
    long? PriceCeilingVnd = null)
{
    public const int MaxDeliveries = 60;

    public bool HasBand => PriceFloorVnd is not null && PriceCeilingVnd is not null;

    public DateOnly DueOn(int sequence) =>
        Cadence == Cadence.Weekly ? FirstDeliveryOn.AddDays(7 * (sequence - 1)) : FirstDeliveryOn.AddMonths(sequence - 1);
}

/// <summary>One turn of the negotiation: who offered which terms, when, and what they said with it.</summary>
internal sealed record ContractOffer(bool ByCooperative, DateTimeOffset At, ContractTerms Terms, string? Note)
{
    // For EF Core, which cannot pass an owned value (the terms) to a constructor: it sets the properties after.
    private ContractOffer()
        : this(false, default, null!, null)
    {
    }
}

/// <summary>
/// A guaranteed-purchase (bao tiêu) contract between a buyer and a cooperative for one of its
/// variants: offered, countered until one side accepts the other's last offer, then a schedule of
/// deliveries, each of which becomes an order part of its own on its date (see
/// <c>PlaceDueContractDeliveriesHandler</c>). Either side may pause it or end it by its terms.
/// </summary>
internal sealed class SupplyContract
{
    private readonly List<ContractDelivery> _deliveries = [];

    private SupplyContract()
    {
    }

    public SupplyContract(ContractParty buyer, PreorderFacts product, Address delivery, ContractTerms terms, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(buyer);
        ArgumentNullException.ThrowIfNull(product);
        Id = Guid.NewGuid();
        Number = $"HD-{now.ToOffset(VietnamTime.Offset):yyMMdd}-{RandomNumberGenerator.GetString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 8)}";
        BuyerId = buyer.UserId;
        BuyerEmail = buyer.Email;
        Culture = buyer.Culture;
        CooperativeId = product.CooperativeId;
        VendorName = product.VendorName;
        ProductId = product.ProductId;
        VariantId = product.VariantId;
        Sku = product.Sku;
        ProductName = product.ProductName;
        Unit = product.Unit;
        Delivery = delivery;
        Terms = terms;
        Offers = [new ContractOffer(false, now, terms with { }, note)]; // a copy: EF Core owns each value in one place
        Status = ContractStatus.Offered;
        CreatedAt = now;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    /// <summary>"HD-261205-7K4Q9M2X": what both sides read and say.</summary>
    public string Number { get; private set; } = string.Empty;

    public UserId BuyerId { get; private set; }

    public string BuyerEmail { get; private set; } = string.Empty;

    /// <summary>The buyer's language: the orders' mails are written in it.</summary>
    public string Culture { get; private set; } = "vi";

    public CooperativeId CooperativeId { get; private set; }

    public string VendorName { get; private set; } = string.Empty;

    public ProductId ProductId { get; private set; }

    public VariantId VariantId { get; private set; }

    public string Sku { get; private set; } = string.Empty;

    public string ProductName { get; private set; } = string.Empty;

    public string Unit { get; private set; } = string.Empty;

    /// <summary>Where every delivery goes.</summary>
    public Address Delivery { get; private set; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>The terms on the table (the last offer), and once accepted, the agreed ones.</summary>
    public ContractTerms Terms { get; private set; } = null!;

    public List<ContractOffer> Offers { get; private set; } = [];

    public ContractStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>Ended: the last day a delivery may still come (the end, plus the notice the terms give).</summary>
    public DateOnly? EndsOn { get; private set; }

    public string? EndReason { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>The request for quotation whose quote the contract grew from, if it did (its number, for both sides to read).</summary>
    public Guid? RfqId { get; private set; }

    public string? RfqNumber { get; private set; }

    public IReadOnlyList<ContractDelivery> Deliveries => _deliveries;

    /// <summary>Proposed from a quote the cooperative gave the buyer: the contract names the request.</summary>
    public void GrewFrom(Guid rfqId, string rfqNumber)
    {
        RfqId = rfqId;
        RfqNumber = rfqNumber;
    }

    /// <summary>Whose answer the last offer waits for: the cooperative's when the buyer made it.</summary>
    public bool AwaitsCooperative => Status == ContractStatus.Offered && !Offers[^1].ByCooperative;

    /// <summary>
    /// The cooperative prices one delivery within the agreed band, while it is still to be ordered
    /// (once ordered, its order carries the price it was placed at).
    /// </summary>
    public Result<Done> PriceDelivery(int sequence, long priceVnd)
    {
        if (!Terms.HasBand)
        {
            return Error.Rule("contract.no_band", Bilingual.Pick(
                "Hợp đồng này có giá cố định: không định giá từng lần giao.", "This contract has a fixed price: deliveries are not priced one by one."));
        }

        // Before acceptance there are no deliveries yet; after the end, only those within the notice.
        var delivery = _deliveries.SingleOrDefault(d => d.Sequence == sequence);
        if (delivery is not { Status: DeliveryStatus.Scheduled })
        {
            return Error.Conflict("contract.delivery_not_scheduled", Bilingual.Pick(
                $"Lần giao {sequence} không còn chờ đặt hàng.", $"Delivery {sequence} is no longer waiting to be ordered."));
        }

        if (priceVnd < Terms.PriceFloorVnd || priceVnd > Terms.PriceCeilingVnd)
        {
            return Error.FieldConflict("contract.price_out_of_band", "PriceVnd", Bilingual.Pick(
                $"Giá phải trong khoảng {Terms.PriceFloorVnd:N0} ₫ – {Terms.PriceCeilingVnd:N0} ₫ đã thỏa thuận.",
                $"The price must be within the agreed {Terms.PriceFloorVnd:N0} ₫ – {Terms.PriceCeilingVnd:N0} ₫."));
        }

        delivery.Price(priceVnd);
        Version = Guid.NewGuid();
        return Done.Value;
    }

    public Result<Done> Counter(bool byCooperative, ContractTerms terms, string? note, DateTimeOffset now)
    {
        if (NotYours(byCooperative) is { } refused)
        {
            return refused;
        }

        Terms = terms;
        Offers = [.. Offers, new ContractOffer(byCooperative, now, terms with { }, note)];
        Version = Guid.NewGuid();
        return Done.Value;
    }

    /// <summary>The side the last offer waits for accepts it: the deliveries are scheduled, the first not before tomorrow.</summary>
    public Result<Done> Accept(bool byCooperative, DateTimeOffset now)
    {
        if (NotYours(byCooperative) is { } refused)
        {
            return refused;
        }

        if (Terms.FirstDeliveryOn <= VietnamTime.DayOf(now))
        {
            return Error.Rule("contract.first_delivery_past", Bilingual.Pick(
                $"Lần giao đầu ({Terms.FirstDeliveryOn:dd/MM/yyyy}) đã qua: hãy đề nghị lại với ngày mới.",
                $"The first delivery ({Terms.FirstDeliveryOn:yyyy-MM-dd}) has passed: counter with a new date."));
        }

        Status = ContractStatus.Active;
        AcceptedAt = now;
        for (var sequence = 1; sequence <= Terms.Deliveries; sequence++)
        {
            _deliveries.Add(new ContractDelivery(Id, sequence, Terms.DueOn(sequence)));
        }

        Version = Guid.NewGuid();
        return Done.Value;
    }

    public Result<Done> Decline(bool byCooperative)
    {
        if (NotYours(byCooperative) is { } refused)
        {
            return refused;
        }

        Status = ContractStatus.Declined;
        Version = Guid.NewGuid();
        return Done.Value;
    }

    public Result<Done> Pause() => Move(ContractStatus.Active, ContractStatus.Paused);

    public Result<Done> Resume() => Move(ContractStatus.Paused, ContractStatus.Active);

    /// <summary>Either side ends it by its terms: what is due within the notice still comes, the later deliveries are cancelled.</summary>
    public Result<Done> End(string reason, DateTimeOffset now)
    {
        if (Status is not (ContractStatus.Active or ContractStatus.Paused))
        {
            return NotNow();
        }

        EndsOn = VietnamTime.DayOf(now).AddDays(Terms.NoticeDays);
        EndReason = reason;
        Status = ContractStatus.Ended;
        foreach (var delivery in _deliveries.Where(d => d.Status == DeliveryStatus.Scheduled && d.DueOn > EndsOn))
        {
            delivery.Cancel();
        }

        Version = Guid.NewGuid();
        return Done.Value;
    }

    /// <summary>
    /// Deliveries were ordered or skipped: the contract's version moves, so that a side ending or
    /// pausing it at that moment is told to look again instead of cancelling an order just placed.
    /// Once no delivery is left to come, it is done (an ended one stays ended).
    /// </summary>
    public void DeliveriesMoved()
    {
        if (Status == ContractStatus.Active && _deliveries.All(d => d.Status != DeliveryStatus.Scheduled))
        {
            Status = ContractStatus.Completed;
        }

        Version = Guid.NewGuid();
    }

    private Error? NotYours(bool byCooperative) =>
        Status != ContractStatus.Offered ? NotNow()
        : byCooperative != AwaitsCooperative ? Error.Conflict("contract.not_your_turn", Bilingual.Pick(
            "Đề nghị mới nhất là của bạn: đang chờ bên kia trả lời.", "The last offer is yours: it waits for the other side's answer."))
        : null;

    private Result<Done> Move(ContractStatus from, ContractStatus to)
    {
        if (Status != from)
        {
            return NotNow();
        }

        Status = to;
        Version = Guid.NewGuid();
        return Done.Value;
    }

    private Error NotNow() => Error.Conflict("contract.not_now", Bilingual.Pick(
        $"Hợp đồng {Number} đang ở trạng thái không cho phép việc này.", $"Contract {Number} is not in a state that allows this."));
}

/// <summary>Who the buyer is, as the contract keeps it.</summary>
internal sealed record ContractParty(UserId UserId, string Email, string Culture);

/// <summary>One delivery of a contract: due on its date; made into an order part a few days before, or skipped while the contract is paused.</summary>
internal sealed class ContractDelivery
{
    private ContractDelivery()
    {
    }

    public ContractDelivery(Guid contractId, int sequence, DateOnly dueOn)
    {
        Id = Guid.NewGuid();
        ContractId = contractId;
        Sequence = sequence;
        DueOn = dueOn;
        Status = DeliveryStatus.Scheduled;
    }

    public Guid Id { get; private set; }

    public Guid ContractId { get; private set; }

    public int Sequence { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DeliveryStatus Status { get; private set; }

    public OrderId? OrderId { get; private set; }

    public OrderPartId? PartId { get; private set; }

    /// <summary>The price per unit the cooperative set for this delivery within the band; none, the terms' price.</summary>
    public long? PriceVnd { get; private set; }

    public void Price(long priceVnd) => PriceVnd = priceVnd;

    public void Ordered(OrderId orderId, OrderPartId partId)
    {
        Status = DeliveryStatus.Ordered;
        OrderId = orderId;
        PartId = partId;
    }

    public void Skip() => Status = DeliveryStatus.Skipped;

    public void Cancel() => Status = DeliveryStatus.Cancelled;
}
