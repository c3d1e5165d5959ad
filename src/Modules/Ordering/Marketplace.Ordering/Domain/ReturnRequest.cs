using System.Globalization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Ordering.Domain;

/// <summary>Why a shopper sends goods back.</summary>
internal enum ReturnReason
{
    Damaged,
    WrongItem,
    NotAsDescribed,
    Spoiled,
    Other,
}

/// <summary>
/// Where a return stands. The cooperative answers a request: accepts it (the whole amount asked),
/// offers part of it, or refuses with a reason. The shopper takes an offer or disputes it, or
/// disputes a refusal; the alliance's admin settles a dispute. Agreed with money to give back,
/// it is <see cref="Agreed"/> until the refund is made (by Stripe at once for a card; by the
/// alliance's transfer, which an admin records once made, for any other way of paying), then
/// <see cref="Refunded"/>; agreed at nothing, it is <see cref="Closed"/>.
/// </summary>
internal enum ReturnStatus
{
    Requested,
    Offered,
    Refused,
    Disputed,
    Agreed,
    Refunded,
    Closed,
}

internal static class ReturnStatuses
{
    /// <summary>Still to be decided: a part has at most one such return.</summary>
    public static bool IsOpen(this ReturnStatus status) =>
        status is ReturnStatus.Requested or ReturnStatus.Offered or ReturnStatus.Refused or ReturnStatus.Disputed;

    /// <summary>Agreed to give money back (made or not yet): its lines count as sent back.</summary>
    public static bool GivesBack(this ReturnStatus status) => status is ReturnStatus.Agreed or ReturnStatus.Refunded;
}

/// <summary>A line sent back: how many of the units delivered, at the price they were bought.</summary>
internal sealed record ReturnLine(VariantId? VariantId, string Sku, string ProductName, string Unit, int Quantity, long UnitPriceVnd)
{
    public long TotalVnd => checked(UnitPriceVnd * Quantity);
}

/// <summary>Where a refund by bank transfer goes, for a part paid in cash at the door.</summary>
internal sealed record RefundAccount(string Bank, string AccountNumber, string Holder);

/// <summary>
/// A shopper's request to send back delivered lines of one cooperative's part, within the days that
/// cooperative allows. What is asked is the lines' price, and the delivery fee too when the
/// cooperative's policy gives it back and every unit of the part is sent back, never more than the
/// part still has to give back. One request at a time is open for a part; <see cref="Version"/>
/// changes on every step, so two people cannot both decide it.
/// </summary>
internal sealed class ReturnRequest
{
    public const int MaxPhotos = 3;

    /// <summary>A request the cooperative leaves unanswered this long may be taken to the alliance.</summary>
    public static readonly TimeSpan AnswerWithin = TimeSpan.FromDays(3);

    private ReturnRequest()
    {
    }

    public ReturnRequest(
        OrderPart part,
        string orderNumber,
        UserId buyerId,
        string buyerEmail,
        string culture,
        IReadOnlyList<ReturnLine> lines,
        ReturnReason reason,
        string? details,
        bool refundsDelivery,
        long refundableVnd,
        bool byTransfer,
        RefundAccount? account,
        DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        OrderId = part.OrderId;
        PartId = part.Id;
        CooperativeId = part.CooperativeId;
        VendorName = part.VendorName;
        OrderNumber = orderNumber;
        BuyerId = buyerId;
        BuyerEmail = buyerEmail;
        Culture = culture;
        Lines = [.. lines];
        Reason = reason;
        Details = details;
        Account = account;
        var everything = part.Lines.Sum(l => l.Quantity) == lines.Sum(l => l.Quantity);
        // What the buyer paid, not the list price: a voucher's discount on the goods comes off them in proportion, one on delivery off the fee.
        var (goodsOff, deliveryOff) = part.DiscountOnDelivery ? (0L, part.DiscountVnd) : (part.DiscountVnd, 0L);
        var goods = lines.Sum(l => l.TotalVnd);
        var paidForGoods = goodsOff == 0 || part.SubtotalVnd <= 0
            ? goods
            : goods - (long)Math.Round((decimal)goodsOff * Math.Min(goods, part.SubtotalVnd) / part.SubtotalVnd, MidpointRounding.AwayFromZero);
        DeliveryVnd = refundsDelivery && everything ? part.ShippingFeeVnd - deliveryOff : 0;
        AskedVnd = Math.Min(paidForGoods + DeliveryVnd, refundableVnd);
        ByTransfer = byTransfer;
        Status = ReturnStatus.Requested;
        CreatedAt = now;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public OrderId OrderId { get; private set; }

    public OrderPartId PartId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public string VendorName { get; private set; } = string.Empty;

    public string OrderNumber { get; private set; } = string.Empty;

    public UserId BuyerId { get; private set; }

    public string BuyerEmail { get; private set; } = string.Empty;

    /// <summary>The language the shopper asked in: their mails are written in it.</summary>
    public string Culture { get; private set; } = "vi";

    public List<ReturnLine> Lines { get; private set; } = [];

    public ReturnReason Reason { get; private set; }

    public string? Details { get; private set; }

    /// <summary>The stored keys of the shopper's photos of the goods.</summary>
    public List<string> Photos { get; private set; } = [];

    public RefundAccount? Account { get; private set; }

    /// <summary>The money goes back by the alliance's transfer (the part was not paid by card alone), which an admin records once made.</summary>
    public bool ByTransfer { get; private set; }

    public DateTimeOffset? TransferredAt { get; private set; }

    public string? TransferredBy { get; private set; }

    /// <summary>The delivery fee asked back with the goods (the cooperative's policy, when all of the part comes back).</summary>
    public long DeliveryVnd { get; private set; }

    public long AskedVnd { get; private set; }

    /// <summary>What the cooperative offered, when it offered part of what was asked.</summary>
    public long? OfferedVnd { get; private set; }

    /// <summary>What was agreed to give back, once it is.</summary>
    public long? RefundVnd { get; private set; }

    /// <summary>The cooperative's reason for refusing or for its offer, or the admin's for a settlement.</summary>
    public string? Answer { get; private set; }

    /// <summary>The goods came back fit to sell and went back on sale.</summary>
    public bool Restocked { get; private set; }

    public ReturnStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public DateTimeOffset? RefundedAt { get; private set; }

    /// <summary>Why Payments could not give the money back the way it came; an admin then has it tried again.</summary>
    public string? RefundProblem { get; private set; }

    /// <summary>How often an admin had a refused refund tried again: each try is a refund key of its own.</summary>
    public int RefundRetries { get; private set; }

    public Guid Version { get; private set; }

    /// <summary>Still to be decided or refunded: a part has at most one such request.</summary>
    public bool Open => Status.IsOpen();

    public void AddPhotos(IEnumerable<string> keys) => Photos = [.. Photos, .. keys];

    /// <summary>The cooperative gives back all that was asked; <paramref name="restock"/> when the goods came back fit to sell.</summary>
    public Result<ReturnStatus> Accept(bool restock, string by, DateTimeOffset now)
    {
        if (Status != ReturnStatus.Requested)
        {
            return NotNow();
        }

        Restocked = restock;
        return Agree(AskedVnd, null, by, now);
    }

    /// <summary>The cooperative offers part of what was asked (the goods stay with the shopper, as with spoiled fruit).</summary>
    public Result<ReturnStatus> Offer(long amountVnd, string? note, string by, DateTimeOffset now)
    {
        if (Status != ReturnStatus.Requested)
        {
            return NotNow();
        }

        if (amountVnd <= 0 || amountVnd >= AskedVnd)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["amountVnd"] = [Bilingual.Pick(
                    $"Số tiền đề nghị phải lớn hơn 0 và nhỏ hơn {Dong(AskedVnd)}; hoàn đủ thì hãy chấp nhận yêu cầu.",
                    $"An offer is more than 0 and less than {Dong(AskedVnd)}; to give it all back, accept the request.")],
            });
        }

        OfferedVnd = amountVnd;
        Answer = note;
        return Step(ReturnStatus.Offered, by, now);
    }

    public Result<ReturnStatus> Refuse(string reason, string by, DateTimeOffset now)
    {
        if (Status != ReturnStatus.Requested)
        {
            return NotNow();
        }

        Answer = reason;
        return Step(ReturnStatus.Refused, by, now);
    }

    /// <summary>The shopper takes the cooperative's offer.</summary>
    public Result<ReturnStatus> TakeOffer(DateTimeOffset now) =>
        Status == ReturnStatus.Offered ? Agree(OfferedVnd!.Value, Answer, BuyerEmail, now) : NotNow();

    /// <summary>
    /// The shopper does not take the offer, or the refusal, or has waited <see cref="AnswerWithin"/>
    /// for an answer: the alliance's admin decides.
    /// </summary>
    public Result<ReturnStatus> Dispute(DateTimeOffset now) =>
        Status is ReturnStatus.Offered or ReturnStatus.Refused || Status == ReturnStatus.Requested && now - CreatedAt >= AnswerWithin
            ? Step(ReturnStatus.Disputed, BuyerEmail, now)
            : NotNow();

    /// <summary>An admin made the alliance's transfer of an agreed refund; Payments books it, and the return is refunded.</summary>
    public Result<ReturnStatus> Transferred(string by, DateTimeOffset now)
    {
        if (Status != ReturnStatus.Agreed || !ByTransfer || TransferredAt is not null)
        {
            return NotNow();
        }

        TransferredAt = now;
        TransferredBy = by;
        Version = Guid.NewGuid();
        return Status;
    }

    /// <summary>
    /// The refund did not go through (<see cref="RefundProblem"/>): once its cause is dealt with, an
    /// admin has Payments try again, under a key of its own (the refused one made nothing).
    /// </summary>
    public Result<ReturnStatus> RetryRefund()
    {
        if (Status != ReturnStatus.Agreed || RefundProblem is null)
        {
            return NotNow();
        }

        RefundProblem = null;
        RefundRetries++;
        Version = Guid.NewGuid();
        return Status;
    }

    /// <summary>The admin settles a dispute at an amount from nothing to all that was asked.</summary>
    public Result<ReturnStatus> Settle(long amountVnd, string note, string by, DateTimeOffset now)
    {
        if (Status != ReturnStatus.Disputed)
        {
            return NotNow();
        }

        if (amountVnd < 0 || amountVnd > AskedVnd)
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["amountVnd"] = [Bilingual.Pick($"Số tiền phải từ 0 đến {Dong(AskedVnd)}.", $"The amount must be between 0 and {Dong(AskedVnd)}.")],
            });
        }

        return Agree(amountVnd, note, by, now);
    }

    /// <summary>Payments gave the money back, or (<paramref name="problem"/>) could not.</summary>
    public void Refunded(string? problem, DateTimeOffset now)
    {
        if (Status != ReturnStatus.Agreed)
        {
            return;
        }

        if (problem is null)
        {
            Status = ReturnStatus.Refunded;
            RefundedAt = now;
            RefundProblem = null;
        }
        else
        {
            RefundProblem = problem;
        }

        Version = Guid.NewGuid();
    }

    private Result<ReturnStatus> Agree(long amountVnd, string? note, string by, DateTimeOffset now)
    {
        RefundVnd = amountVnd;
        Answer = note ?? Answer;
        return Step(amountVnd > 0 ? ReturnStatus.Agreed : ReturnStatus.Closed, by, now);
    }

    private ReturnStatus Step(ReturnStatus status, string by, DateTimeOffset now)
    {
        Status = status;
        DecidedAt = now;
        DecidedBy = by;
        Version = Guid.NewGuid();
        return status;
    }

    private static string Dong(long amountVnd) => Money.Dong(amountVnd).Format(CultureInfo.CurrentCulture);

    private Error NotNow() =>
        Error.Rule("return.not_now", Bilingual.Pick(
            "Yêu cầu trả hàng này đã được xử lý ở bước khác: hãy tải lại trang.",
            $"This return is {Status.ToString().ToLowerInvariant()}: that step is not open now; reload the page."));
}

/// <summary>How a cooperative takes goods back: within how many days of delivery, and whether the delivery fee is given back.</summary>
internal sealed class ReturnPolicy
{
    public const int DefaultDays = 7;

    private ReturnPolicy()
    {
    }

    public ReturnPolicy(CooperativeId cooperativeId, int days, bool refundsDelivery)
    {
        CooperativeId = cooperativeId;
        Days = days;
        RefundsDelivery = refundsDelivery;
    }

    public CooperativeId CooperativeId { get; private set; }

    /// <summary>0: the cooperative takes no returns (the alliance's admin still settles what goes wrong).</summary>
    public int Days { get; private set; }

    public bool RefundsDelivery { get; private set; }

    public void Change(int days, bool refundsDelivery)
    {
        Days = days;
        RefundsDelivery = refundsDelivery;
    }
}
