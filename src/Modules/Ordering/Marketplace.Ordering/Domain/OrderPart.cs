using System.Globalization;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Domain;

/// <summary>
/// A line as bought. <see cref="StockQuantity"/> is the stock held for it when that is counted in
/// other units than the line (a quote for 6 tấn holding 6,000 kg of a variant); a line of a quote
/// that holds no stock has no variant (null; before the migration <c>OrderLinesWithoutVariant</c>
/// it was written as an empty Guid).
/// </summary>
internal sealed record OrderLine(
    VariantId? VariantId, string Sku, string ProductName, string Unit, int? NetWeightGrams, int Quantity, long UnitPriceVnd, int? StockQuantity = null)
{
    public long TotalVnd => checked(UnitPriceVnd * Quantity);
}

internal sealed record TimelineEntry(PartStatus Status, DateTimeOffset At, string? Note);

/// <summary>
/// One cooperative's share of an order, fulfilled by that cooperative alone:
/// placed → confirmed → packed → shipped → delivered. The cooperative may cancel until it
/// ships, the shopper until it is confirmed. Paid in cash on delivery, the part's total is due
/// at the door and recorded as collected when it is delivered. A parcel the carrier could not
/// hand over (delivery failed) is tried again or sent back: returning → returned, when it is
/// not sold after all (its stock back, no cash due, the carrier's return fee the cooperative's).
/// </summary>
internal sealed class OrderPart
{
    private OrderPart()
    {
    }

    public OrderPart(
        OrderPartId id,
        OrderId orderId,
        CooperativeId cooperativeId,
        string vendorName,
        IReadOnlyList<OrderLine> lines,
        long shippingFeeVnd,
        bool cashOnDelivery,
        DateTimeOffset now,
        long depositVnd = 0,
        ParcelDiscount? discount = null)
    {
        Id = id;
        OrderId = orderId;
        CooperativeId = cooperativeId;
        VendorName = vendorName;
        Lines = lines.ToList();
        SubtotalVnd = lines.Sum(l => l.TotalVnd);
        ShippingFeeVnd = shippingFeeVnd;
        DepositVnd = depositVnd;
        DiscountVnd = discount?.DiscountVnd ?? 0;
        AllianceDiscountVnd = discount?.AllianceVnd ?? 0;
        DiscountOnDelivery = discount?.OnDelivery ?? false;
        CashDueVnd = cashOnDelivery ? TotalVnd - depositVnd : 0;
        AwaitingPayment = !cashOnDelivery;
        Status = PartStatus.Placed;
        Timeline = [new TimelineEntry(PartStatus.Placed, now, null)];
        Version = Guid.NewGuid();
    }

    public OrderPartId Id { get; private set; }

    public OrderId OrderId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public string VendorName { get; private set; } = string.Empty;

    public List<OrderLine> Lines { get; private set; } = [];

    public long SubtotalVnd { get; private set; }

    public long ShippingFeeVnd { get; private set; }

    /// <summary>What the part costs its buyer: goods and delivery, less a voucher's discount.</summary>
    public long TotalVnd => SubtotalVnd + ShippingFeeVnd - DiscountVnd;

    /// <summary>What a voucher took off this part (off its delivery fee when <see cref="DiscountOnDelivery"/>, else off its goods).</summary>
    public long DiscountVnd { get; private set; }

    /// <summary>The alliance's share of <see cref="DiscountVnd"/>, which it pays the cooperative; the rest the cooperative gives up.</summary>
    public long AllianceDiscountVnd { get; private set; }

    public bool DiscountOnDelivery { get; private set; }

    /// <summary>What the cooperative gives up of its goods' price: the goods its commission is not taken on.</summary>
    public long CooperativeGoodsDiscountVnd => DiscountOnDelivery ? 0 : DiscountVnd - AllianceDiscountVnd;

    /// <summary>
    /// Paid before the part was made: the deposit of a pre-order it delivers, counted toward its
    /// total. What is still to pay (in advance, or at the door) is the rest.
    /// </summary>
    public long DepositVnd { get; private set; }

    public PartStatus Status { get; private set; }

    public string? Carrier { get; private set; }

    /// <summary>How checkout quoted the parcel to go (null for parts ordered before quotes, and those placed without a cart).</summary>
    public DeliveryCarrier? ShipsBy { get; private set; }

    /// <summary>The days, in Vietnam, between which the parcel was expected to arrive when it was ordered.</summary>
    public DateOnly? ExpectedFrom { get; private set; }

    public DateOnly? ExpectedBy { get; private set; }

    public string? TrackingNumber { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>What the shopper pays at the door: the part's total (less its deposit) when paid in cash, else nothing.</summary>
    public long CashDueVnd { get; private set; }

    public long? CashCollectedVnd { get; private set; }

    /// <summary>What the carrier charged to bring a returned parcel back, as the cooperative entered it.</summary>
    public long? ReturnFeeVnd { get; private set; }

    /// <summary>Not sold after all: cancelled before it shipped, or shipped and sent back.</summary>
    public bool Undone => Status.IsUndone();

    /// <summary>Why less cash than was due was collected at the door, in the cooperative's words.</summary>
    public string? CashShortfallReason { get; private set; }

    public List<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>Paid in advance and not paid yet: the cooperative cannot confirm it.</summary>
    public bool AwaitingPayment { get; private set; }

    /// <summary>What went back to the shopper for this part, in all.</summary>
    public long RefundedVnd { get; private set; }

    /// <summary>Changes on every step, so two people of the cooperative cannot both move it on.</summary>
    public Guid Version { get; private set; }

    /// <summary>
    /// How the parcel goes and when it is expected: <paramref name="minDays"/> to
    /// <paramref name="maxDays"/> after <paramref name="placedOn"/>.
    /// </summary>
    public OrderPart DeliveredBy(DeliveryCarrier carrier, DateOnly placedOn, int minDays, int maxDays)
    {
        ShipsBy = carrier;
        ExpectedFrom = placedOn.AddDays(minDays);
        ExpectedBy = placedOn.AddDays(Math.Max(minDays, maxDays));
        return this;
    }

    /// <summary>
    /// Booked with a carrier, before it is picked up: the carrier and its tracking code are the
    /// part's now, and the carrier's callbacks move it on from here.
    /// </summary>
    public void Booked(string carrier, string trackingCode)
    {
        Carrier = carrier;
        TrackingNumber = trackingCode;
        Version = Guid.NewGuid();
    }

    /// <summary>The carrier cancelled the booking before picking the parcel up: the part is as it was, packed, to book again or ship by hand.</summary>
    public void BookingCancelled(string trackingCode)
    {
        if (Status == PartStatus.Packed && TrackingNumber == trackingCode)
        {
            Carrier = null;
            TrackingNumber = null;
            Version = Guid.NewGuid();
        }
    }

    /// <summary>The fulfilment road: where a step leads from a state, or null where it is not allowed.</summary>
    public static PartStatus? Next(FulfilmentAction action, PartStatus from) => (action, from) switch
    {
        (FulfilmentAction.Confirm, PartStatus.Placed) => PartStatus.Confirmed,
        (FulfilmentAction.Pack, PartStatus.Confirmed) => PartStatus.Packed,
        (FulfilmentAction.Ship, PartStatus.Packed) => PartStatus.Shipped,
        (FulfilmentAction.Deliver, PartStatus.Shipped or PartStatus.DeliveryFailed) => PartStatus.Delivered,
        (FulfilmentAction.Cancel, PartStatus.Placed or PartStatus.Confirmed or PartStatus.Packed) => PartStatus.Cancelled,
        (FulfilmentAction.FailAttempt, PartStatus.Shipped or PartStatus.DeliveryFailed) => PartStatus.DeliveryFailed,
        (FulfilmentAction.ReturnToSender, PartStatus.Shipped or PartStatus.DeliveryFailed) => PartStatus.Returning,
        (FulfilmentAction.ReceiveReturn, PartStatus.Returning) => PartStatus.Returned,
        _ => null,
    };

    /// <summary>
    /// The steps a cooperative may take from a state, the ones its order list offers: those of
    /// the road, less confirming a part paid in advance and not paid yet.
    /// </summary>
    public static IReadOnlyList<FulfilmentAction> StepsFrom(PartStatus from, bool awaitingPayment) =>
        Enum.GetValues<FulfilmentAction>()
            .Where(action => Next(action, from) is not null && !(action == FulfilmentAction.Confirm && awaitingPayment))
            .ToList();

    public Result<PartStatus> Fulfil(
        FulfilmentAction action,
        string? carrier,
        string? trackingNumber,
        string? reason,
        DateTimeOffset now,
        long? cashCollectedVnd = null,
        long? returnFeeVnd = null)
    {
        var next = Next(action, Status);
        if (next is null)
        {
            return NotAllowed();
        }

        if (action == FulfilmentAction.Confirm && AwaitingPayment)
        {
            return Error.Rule("order_part.awaiting_payment", Bilingual.Pick(
                "Đơn hàng chưa được thanh toán: chỉ xác nhận sau khi nhận được tiền.",
                "The order is not paid yet: confirm it once the money has come."));
        }

        if (action == FulfilmentAction.Ship)
        {
            Carrier = carrier;
            TrackingNumber = trackingNumber;
        }

        string? shortfall = null;
        if (action == FulfilmentAction.Deliver)
        {
            if (CollectCash(cashCollectedVnd, reason) is { } refused)
            {
                return refused;
            }

            shortfall = CashShortfallReason;
        }

        if (action == FulfilmentAction.ReceiveReturn)
        {
            ReturnFeeVnd = returnFeeVnd ?? 0;
        }

        var note = action switch
        {
            FulfilmentAction.Cancel or FulfilmentAction.FailAttempt or FulfilmentAction.ReturnToSender => reason,
            FulfilmentAction.ReceiveReturn => null,
            FulfilmentAction.Ship => $"{carrier} {trackingNumber}",
            _ => shortfall,
        };
        return MoveTo(next.Value, note, now);
    }

    public void PaymentReceived() => AwaitingPayment = false;

    /// <summary>
    /// Cash changes hands at the door only when it was due: a part paid beforehand collects none.
    /// Unless told otherwise, all that was due was collected; less needs the reason (the buyer
    /// refused an item, had not enough cash …), which the ledger keeps with the sale.
    /// </summary>
    private Error? CollectCash(long? cashCollectedVnd, string? reason)
    {
        if (CashDueVnd == 0)
        {
            return cashCollectedVnd is null or 0 ? null : CashError(Bilingual.Pick(
                "Phần đơn hàng này đã thanh toán trước: không thu tiền khi giao.", "This part was paid in advance: no cash is collected on delivery."));
        }

        var collected = cashCollectedVnd ?? CashDueVnd;
        if (collected < 0 || collected > CashDueVnd)
        {
            return CashError(Bilingual.Pick(
                $"Số tiền thu được phải từ 0 đến {Money.Dong(CashDueVnd).Format(CultureInfo.CurrentCulture)}.",
                $"The cash collected must be between 0 and {Money.Dong(CashDueVnd).Format(CultureInfo.CurrentCulture)}."));
        }

        if (collected < CashDueVnd && string.IsNullOrWhiteSpace(reason))
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["reason"] = [Bilingual.Pick("Thu thiếu tiền: hãy ghi lý do.", "Less cash than was due: give the reason.")],
            });
        }

        CashCollectedVnd = collected;
        CashShortfallReason = collected < CashDueVnd ? reason : null;
        return null;
    }

    private static Error CashError(string message) =>
        Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["cashCollectedVnd"] = [message] });

    /// <summary>The stock this part holds, to give back when it is cancelled or comes back.</summary>
    public IReadOnlyList<CancelledLine> StockToReturn() =>
        [.. Lines.Where(l => l.VariantId is not null).Select(l => new CancelledLine(l.VariantId!.Value, l.StockQuantity ?? l.Quantity))];

    public void Refunded(long amountVnd) => RefundedVnd = checked(RefundedVnd + amountVnd);

    /// <summary>
    /// A return of it was asked: the part's version moves on with it, so that two requests made at
    /// the same moment cannot both be saved (the second fails on the version and is asked again).
    /// </summary>
    public void ReturnAsked() => Version = Guid.NewGuid();

    /// <summary>What the shopper paid for the part and has not had back: at the door, what was collected (and the deposit before it).</summary>
    public long RefundableVnd(bool cashOnDelivery) =>
        (cashOnDelivery ? (CashCollectedVnd ?? 0) + DepositVnd : TotalVnd) - RefundedVnd;

    /// <summary>Cancels the part for want of payment, when it is still only placed; true when it did.</summary>
    public bool CancelUnpaid(string reason, DateTimeOffset now)
    {
        if (Status != PartStatus.Placed)
        {
            return false;
        }

        MoveTo(PartStatus.Cancelled, reason, now);
        return true;
    }

    public Result<PartStatus> CancelByShopper(string? reason, DateTimeOffset now) =>
        Status == PartStatus.Placed ? MoveTo(PartStatus.Cancelled, reason, now) : NotAllowed();

    private Result<PartStatus> MoveTo(PartStatus status, string? note, DateTimeOffset now)
    {
        if (status == PartStatus.Cancelled)
        {
            CancelReason = note;
            CashDueVnd = 0;
        }
        else if (status == PartStatus.Returned)
        {
            // Why it did not sell is why it was sent back.
            CancelReason = Timeline.LastOrDefault(t => t.Status == PartStatus.Returning)?.Note;
            CashDueVnd = 0;
        }

        Status = status;
        Timeline = [.. Timeline, new TimelineEntry(status, now, note)];
        Version = Guid.NewGuid();
        return status;
    }

    private Error NotAllowed() =>
        Error.Rule("order_part.transition_not_allowed", Bilingual.Pick(
            $"Phần đơn hàng đang ở trạng thái {StatusNames.Vietnamese(Status)}: không thể làm việc này.",
            $"The order part is {Status.ToString().ToLowerInvariant()}: this step is not allowed now."));
}

internal static class StatusNames
{
    public static string Vietnamese(PartStatus status) => status switch
    {
        PartStatus.Placed => "mới đặt",
        PartStatus.Confirmed => "đã xác nhận",
        PartStatus.Packed => "đã đóng gói",
        PartStatus.Shipped => "đang giao",
        PartStatus.Delivered => "đã giao",
        PartStatus.DeliveryFailed => "giao không thành công",
        PartStatus.Returning => "đang hoàn về",
        PartStatus.Returned => "đã hoàn về",
        _ => "đã hủy",
    };
}
