using Marketplace.SharedKernel;
using Mediator;

namespace Marketplace.Ordering.Contracts;

/// <summary>
/// A cooperative's share of an order as Payments needs it: what is due, and on what the commission
/// is taken, line by line (a rule may price one category of goods apart from the others).
/// <see cref="DepositVnd"/> is a pre-order's deposit, paid before the order and counted toward the total.
/// <see cref="TotalVnd"/> is what the buyer pays, a voucher's discount taken off.
/// </summary>
public sealed record PartForPayment(
    OrderPartId PartId, CooperativeId CooperativeId, string VendorName, long SubtotalVnd, long TotalVnd, PartStatus Status,
    IReadOnlyList<LineForPayment> Lines, long DepositVnd = 0)
{
    /// <summary>The alliance's share of a voucher's discount on this part: owed by the alliance to the cooperative with the sale.</summary>
    public long AllianceDiscountVnd { get; init; }

    /// <summary>What the cooperative itself took off its goods' price for a voucher: its commission is not taken on it.</summary>
    public long CooperativeGoodsDiscountVnd { get; init; }
}

/// <summary>A line's goods: its variant (null for a quoted line that holds no stock), its SKU and what it costs.</summary>
public sealed record LineForPayment(VariantId? VariantId, string Sku, long TotalVnd);

public sealed record OrderForPayment(
    OrderId OrderId,
    string Number,
    UserId BuyerId,
    string BuyerEmail,
    PaymentMethod PaymentMethod,
    DateTimeOffset PlacedAt,
    string Culture,
    IReadOnlyList<PartForPayment> Parts)
{
    /// <summary>The voucher that took money off the order's parts, if any.</summary>
    public string? VoucherCode { get; init; }
}

/// <summary>The order Payments takes money for, or null when there is no such order.</summary>
public sealed record GetOrderForPaymentQuery(OrderId OrderId) : IQuery<OrderForPayment?>;

/// <summary>The order of a number ("HTX-261126-7K4Q9M2X"), or null: a bank statement names orders only by their reference.</summary>
public sealed record FindOrderByNumberQuery(string Number) : IQuery<OrderId?>;
