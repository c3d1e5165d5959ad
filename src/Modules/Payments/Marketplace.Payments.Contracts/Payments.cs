using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Payments.Contracts;

/// <summary>Where an order's money stands in Payments.</summary>
public enum PaymentStatus
{
    /// <summary>Cash on delivery: collected by the cooperative at the door.</summary>
    DueOnDelivery,
    Pending,
    Succeeded,
    Failed,
    /// <summary>Not paid by the deadline: the order was cancelled and its stock went back.</summary>
    Expired,
    /// <summary>Every part was cancelled before it was paid: nothing is due.</summary>
    Cancelled,
    /// <summary>Cash on delivery, and every part not cancelled was delivered and its cash collected.</summary>
    CollectedOnDelivery,
}

/// <summary>What checkout may offer: cards only when a Stripe key is configured, each wallet only when its keys are.</summary>
public sealed record PaymentOptions(
    bool CardsEnabled, string? PublishableKey, bool MoMoEnabled = false, bool ZaloPayEnabled = false, bool VnPayEnabled = false)
{
    /// <summary>The limits on one wallet payment, in đồng: MoMo's; ZaloPay's own are wider for a verified account, so the narrower hold for both.</summary>
    public const long WalletMinVnd = 1_000;

    public const long WalletMaxVnd = 50_000_000;
}

public sealed record GetPaymentOptionsQuery : IQuery<PaymentOptions>;

/// <summary>
/// What the shopper needs to pay by bank transfer: the alliance's account, the amount, the reference, and the VietQR payload
/// their banking app scans.
/// </summary>
public sealed record BankTransferInstructions(
    string BankName,
    string BankBin,
    string AccountNumber,
    string AccountHolder,
    Money Amount,
    string Reference,
    string VietQrPayload);

public sealed record PaymentView(
    OrderId OrderId,
    string OrderNumber,
    string Method,
    PaymentStatus Status,
    Money Amount,
    Money Refunded,
    string Reference,
    DateTimeOffset DueBy,
    DateTimeOffset? PaidAt,
    string? FailureMessage,
    BankTransferInstructions? BankTransfer);

/// <summary>The payment of the buyer's own order (anyone else: not found).</summary>
public sealed record GetPaymentQuery(OrderId OrderId, UserId BuyerId) : IQuery<Result<PaymentView>>;

/// <summary>The bank transfer's VietQR code as a PNG image, for the buyer's own order.</summary>
public sealed record GetVietQrImageQuery(OrderId OrderId, UserId BuyerId) : IQuery<Result<byte[]>>;

/// <summary>
/// How to pay an amount to the alliance by bank transfer with a reference of another module's
/// (a pre-order's deposit): the account, and the VietQR payload a banking app scans.
/// </summary>
public sealed record GetTransferInstructionsQuery(long AmountVnd, string Reference) : IQuery<BankTransferInstructions>;

/// <summary>The VietQR code of <see cref="GetTransferInstructionsQuery"/> as a PNG image.</summary>
public sealed record GetTransferQrQuery(long AmountVnd, string Reference) : IQuery<byte[]>;
