using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;

namespace Marketplace.Payments.Domain;

/// <summary>Money given back for a cooperative's part: by Stripe for a card, by MoMo for its wallet, by the alliance's bank for a transfer.</summary>
internal sealed class Refund
{
    private Refund()
    {
    }

    public Refund(
        Guid id, Payment payment, PaymentPart part, long amountVnd, string reason, string? stripeRefundId, DateTimeOffset at, string by,
        PaymentMethod? method = null)
    {
        Id = id;
        PaymentId = payment.Id;
        OrderId = payment.OrderId;
        OrderNumber = payment.OrderNumber;
        PartId = part.PartId;
        CooperativeId = part.CooperativeId;
        VendorName = part.VendorName;
        AmountVnd = amountVnd;
        Method = method ?? payment.Method;
        Reason = reason;
        StripeRefundId = stripeRefundId;
        At = at;
        By = by;
    }

    public Guid Id { get; private set; }

    public Guid PaymentId { get; private set; }

    public OrderId OrderId { get; private set; }

    public string OrderNumber { get; private set; } = string.Empty;

    public OrderPartId PartId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public string VendorName { get; private set; } = string.Empty;

    public long AmountVnd { get; private set; }

    public PaymentMethod Method { get; private set; }

    public string Reason { get; private set; } = string.Empty;

    public string? StripeRefundId { get; private set; }

    /// <summary>The e-wallet's own id of the refund (MoMo's transaction id).</summary>
    public string? WalletRefundId { get; init; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = string.Empty;
}
