using Marketplace.Ordering.Contracts;
using Marketplace.Payments.Contracts;
using Marketplace.SharedKernel;

namespace Marketplace.Payments.Domain;

/// <summary>
/// A cooperative's share of a paid order, with its commission as priced when the order was placed:
/// <see cref="CommissionPricedVnd"/> by the rules line by line (see <c>CommissionLine</c>), and
/// <see cref="CommissionBasisPoints"/> the rate it comes to; parts of payments opened before the
/// rules have no priced amount and pay the rate. <see cref="SubtotalVnd"/> is the goods at the price
/// they sold at: their list price less what the cooperative itself took off for a voucher.
/// </summary>
internal sealed record PaymentPart(
    OrderPartId PartId, CooperativeId CooperativeId, string VendorName, long SubtotalVnd, long TotalVnd, int CommissionBasisPoints)
{
    public bool Cancelled { get; init; }

    /// <summary>Not sold because the parcel came back to the cooperative (<see cref="Cancelled"/> too): told apart for the admins.</summary>
    public bool Returned { get; init; }

    public long RefundedVnd { get; init; }

    /// <summary>Cash on delivery: the part reached its buyer, who paid <see cref="CollectedVnd"/> at the door.</summary>
    public bool Delivered { get; init; }

    public long CollectedVnd { get; init; }

    public long? CommissionPricedVnd { get; init; }

    /// <summary>The alliance's share of a voucher's discount on the part, which it owes the cooperative with the sale.</summary>
    public long AllianceDiscountVnd { get; init; }

    /// <summary>
    /// The alliance's share of the discount on <paramref name="paidVnd"/> of what the buyer paid for
    /// the part (all of it for the whole), rounded half up to the đồng: what it makes up for a sale,
    /// and takes back with a refund.
    /// </summary>
    public long AllianceDiscountOn(long paidVnd) =>
        AllianceDiscountVnd == 0 ? 0
        : paidVnd >= TotalVnd || TotalVnd <= 0 ? AllianceDiscountVnd // a part the voucher took to 0 ₫ is sold whole at 0
        : paidVnd <= 0 ? 0
        : (long)Math.Round((decimal)AllianceDiscountVnd * paidVnd / TotalVnd, MidpointRounding.AwayFromZero);

    /// <summary>A pre-order's deposit, paid before the order and counted toward <see cref="TotalVnd"/>: not asked again.</summary>
    public long DepositVnd { get; init; }

    /// <summary>What the order's payment asks for this part: its total less the deposit already paid.</summary>
    public long DueVnd => TotalVnd - DepositVnd;

    /// <summary>What can still be given back of this part: all it came to, a pre-order's deposit counted into it included.</summary>
    public long RefundableVnd => TotalVnd - RefundedVnd;

    /// <summary>The alliance's share of the goods (not the delivery fee), in đồng.</summary>
    public long CommissionVnd => CommissionPricedVnd ?? Commission.Of(SubtotalVnd, CommissionBasisPoints);

    /// <summary>
    /// The commission on part of the goods (what was paid at the door, what was refunded): the same
    /// share of the part's commission, rounded half up to the đồng; never more than the whole.
    /// </summary>
    public long CommissionOn(long goodsVnd)
    {
        if (CommissionPricedVnd is null)
        {
            return Math.Min(Commission.Of(goodsVnd, CommissionBasisPoints), CommissionVnd);
        }

        if (goodsVnd >= SubtotalVnd || SubtotalVnd <= 0)
        {
            return goodsVnd <= 0 ? 0 : CommissionVnd;
        }

        return goodsVnd <= 0 ? 0 : (long)Math.Round((decimal)CommissionVnd * goodsVnd / SubtotalVnd, MidpointRounding.AwayFromZero);
    }
}

/// <summary>
/// The money side of one order: how it is paid, what is due and by when, and what happened. The
/// bank-transfer reference is the order's number without its dashes, which banks keep in the
/// transfer's description.
/// </summary>
internal sealed class Payment
{
    private Payment()
    {
    }

    public Payment(OrderForPayment order, int commissionBasisPoints, DateTimeOffset dueBy, IReadOnlyDictionary<OrderPartId, long>? commissions = null)
    {
        Id = Guid.NewGuid();
        OrderId = order.OrderId;
        OrderNumber = order.Number;
        BuyerId = order.BuyerId;
        BuyerEmail = order.BuyerEmail;
        Method = order.PaymentMethod;
        Parts = order.Parts
            .Select(p =>
            {
                long? priced = commissions is not null && commissions.TryGetValue(p.PartId, out var c) ? c : null;
                // A voucher the cooperative paid for lowered the price its goods sold at: the commission is on that price.
                var goods = p.SubtotalVnd - p.CooperativeGoodsDiscountVnd;
                if (priced is { } listed && goods < p.SubtotalVnd && p.SubtotalVnd > 0)
                {
                    priced = (long)Math.Round((decimal)listed * goods / p.SubtotalVnd, MidpointRounding.AwayFromZero);
                }

                var rate = priced is { } commission && goods > 0
                    ? (int)Math.Round(commission * 10_000m / goods, MidpointRounding.AwayFromZero)
                    : commissionBasisPoints;
                return new PaymentPart(p.PartId, p.CooperativeId, p.VendorName, goods, p.TotalVnd, rate)
                {
                    AllianceDiscountVnd = p.AllianceDiscountVnd,
                    Cancelled = p.Status.IsUndone(),
                    Returned = p.Status == PartStatus.Returned,
                    CommissionPricedVnd = priced,
                    DepositVnd = p.DepositVnd,
                };
            })
            .ToList();
        AmountVnd = Parts.Where(p => !p.Cancelled).Sum(p => p.DueVnd);
        Reference = ReferenceFor(order.Number);
        VoucherCode = order.VoucherCode;
        PlacedAt = order.PlacedAt;
        DueBy = dueBy;
        Status = Method == PaymentMethod.CashOnDelivery ? PaymentStatus.DueOnDelivery
            : NothingLeft ? PaymentStatus.Cancelled
            : PaymentStatus.Pending;
        Version = Guid.NewGuid();
    }

    public Guid Id { get; private set; }

    public OrderId OrderId { get; private set; }

    public string OrderNumber { get; private set; } = string.Empty;

    /// <summary>Whose payment it is: the order's buyer.</summary>
    public UserId BuyerId { get; private set; }

    /// <summary>The buyer's e-mail when the order was placed, given to Stripe for its receipt.</summary>
    public string BuyerEmail { get; private set; } = string.Empty;

    public PaymentMethod Method { get; private set; }

    /// <summary>What the shopper pays in advance: the parts not cancelled before payment, less their deposits.</summary>
    public long AmountVnd { get; private set; }

    public string Reference { get; private set; } = string.Empty;

    /// <summary>The voucher that took money off the order, named on the ledger entries of the alliance's share.</summary>
    public string? VoucherCode { get; private set; }

    public DateTimeOffset PlacedAt { get; private set; }

    public DateTimeOffset DueBy { get; private set; }

    public PaymentStatus Status { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    public string? FailureMessage { get; private set; }

    public string? StripePaymentIntentId { get; private set; }

    public string? StripeClientSecret { get; private set; }

    /// <summary>
    /// An e-wallet's current attempt: the order id the wallet knows it by ("{reference}-{token}", new
    /// for each attempt, as MoMo takes an id once), its payment page, and the amount it asks.
    /// </summary>
    public string? WalletOrderId { get; private set; }

    public string? WalletPayUrl { get; private set; }

    public long? WalletAmountVnd { get; private set; }

    /// <summary>The wallet's own id of the payment that paid the order: what its refunds name.</summary>
    public long? WalletTransactionId { get; private set; }

    public List<PaymentPart> Parts { get; private set; } = [];

    public long RefundedVnd => Parts.Sum(p => p.RefundedVnd);

    public Guid Version { get; private set; }

    public bool IsPrepaid => Method != PaymentMethod.CashOnDelivery;

    /// <summary>
    /// Nothing is asked because nothing is bought any more. (A part whose deposit paid it all asks
    /// nothing either, but is bought: its payment is settled when it opens, see <c>PaymentBook</c>.)
    /// </summary>
    private bool NothingLeft => AmountVnd == 0 && Parts.All(p => p.Cancelled || p.DepositVnd == 0);

    public static string ReferenceFor(string orderNumber) => orderNumber.Replace("-", string.Empty, StringComparison.Ordinal);

    public void AttachIntent(string paymentIntentId, string clientSecret)
    {
        StripePaymentIntentId = paymentIntentId;
        StripeClientSecret = clientSecret;
        Touch();
    }

    /// <summary>
    /// The wallet's attempt still open, for the amount now due (null: open a new one). A failed
    /// attempt has none (<see cref="WalletFailed"/>); the one opened after it is live while the
    /// payment still reads Failed, so a reload does not open a third.
    /// </summary>
    public string? LiveWalletPayUrl =>
        Status is PaymentStatus.Pending or PaymentStatus.Failed && WalletAmountVnd == AmountVnd ? WalletPayUrl : null;

    public void OpenWalletAttempt(string walletOrderId, string payUrl)
    {
        WalletOrderId = walletOrderId;
        WalletPayUrl = payUrl;
        WalletAmountVnd = AmountVnd;
        Touch();
    }

    /// <summary>
    /// Paid through the wallet's transaction <paramref name="transactionId"/> of attempt
    /// <paramref name="walletOrderId"/> (the one its refunds name, should a later one have been
    /// opened); true when this call marked it paid.
    /// </summary>
    public bool WalletPaid(string walletOrderId, long transactionId, DateTimeOffset at)
    {
        if (!Succeed(at))
        {
            return false;
        }

        WalletOrderId = walletOrderId;
        WalletTransactionId = transactionId;
        return true;
    }

    /// <summary>The wallet's attempt ended unpaid: the next one is a new attempt.</summary>
    public bool WalletFailed(string message)
    {
        if (!Fail(message))
        {
            return false;
        }

        WalletPayUrl = null;
        return true;
    }

    /// <summary>True when this call is the one that marked it paid; a late or repeated success changes nothing.</summary>
    public bool Succeed(DateTimeOffset at)
    {
        if (Status is not (PaymentStatus.Pending or PaymentStatus.Failed))
        {
            return false;
        }

        Status = PaymentStatus.Succeeded;
        PaidAt = at;
        FailureMessage = null;
        Touch();
        return true;
    }

    /// <summary>An attempt failed; true when that changed anything. A failure after a success is old news and ignored.</summary>
    public bool Fail(string message)
    {
        if (Status is not (PaymentStatus.Pending or PaymentStatus.Failed))
        {
            return false;
        }

        Status = PaymentStatus.Failed;
        FailureMessage = message;
        Touch();
        return true;
    }

    public bool Expire(DateTimeOffset now)
    {
        if (Status is not (PaymentStatus.Pending or PaymentStatus.Failed) || now < DueBy)
        {
            return false;
        }

        Status = PaymentStatus.Expired;
        Touch();
        return true;
    }

    /// <summary>
    /// A part was cancelled, or (<paramref name="returned"/>) came back unsold: before payment it is
    /// no longer due; after, it waits for a refund.
    /// </summary>
    public void PartCancelled(OrderPartId partId, DateTimeOffset at, bool returned = false)
    {
        var index = Parts.FindIndex(p => p.PartId == partId);
        if (index < 0 || Parts[index].Cancelled)
        {
            return;
        }

        Parts[index] = Parts[index] with { Cancelled = true, Returned = returned };
        Parts = [.. Parts];

        // Before the money came (or, for cash, while it is still to be collected) a cancelled part is no longer due.
        if (Status is PaymentStatus.Pending or PaymentStatus.Failed or PaymentStatus.DueOnDelivery)
        {
            AmountVnd = Parts.Where(p => !p.Cancelled).Sum(p => p.DueVnd);
            if (NothingLeft)
            {
                Status = PaymentStatus.Cancelled;
            }
            else if (Status == PaymentStatus.DueOnDelivery && Parts.All(p => p.Cancelled || p.Delivered))
            {
                Status = PaymentStatus.CollectedOnDelivery;
                PaidAt = at;
            }
        }

        Touch();
    }

    /// <summary>
    /// Cash on delivery: a part was delivered and its cash collected. Once every part not cancelled
    /// is, nothing is due any more: the order was paid at the door.
    /// </summary>
    public void CollectedOnDelivery(OrderPartId partId, long cashVnd, DateTimeOffset at)
    {
        var index = Parts.FindIndex(p => p.PartId == partId);
        if (Method != PaymentMethod.CashOnDelivery || index < 0 || Parts[index].Delivered)
        {
            return;
        }

        Parts[index] = Parts[index] with { Delivered = true, CollectedVnd = cashVnd };
        Parts = [.. Parts];
        if (Status == PaymentStatus.DueOnDelivery && Parts.All(p => p.Cancelled || p.Delivered))
        {
            Status = PaymentStatus.CollectedOnDelivery;
            PaidAt = at;
        }

        Touch();
    }

    public void Refunded(OrderPartId partId, long amountVnd)
    {
        var index = Parts.FindIndex(p => p.PartId == partId);
        Parts[index] = Parts[index] with { RefundedVnd = checked(Parts[index].RefundedVnd + amountVnd) };
        Parts = [.. Parts];
        Touch();
    }

    private void Touch() => Version = Guid.NewGuid();
}
