using System.Security.Cryptography;
using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;

namespace Marketplace.Ordering.Domain;

/// <summary>Where an order goes; the module's own type, mapped to its table (the contracts' DeliveryAddress is only for messages).</summary>
internal sealed record Address(string Recipient, string Phone, string Province, string Commune, string Street)
{
    public static Address From(DeliveryAddress a) => new(a.Recipient, a.Phone, a.Province, a.Commune, a.Street);

    /// <summary>As typed, without the spaces around it and with the phone number in one form (a valid address: see <c>DeliveryRules</c>).</summary>
    public static Address Cleaned(DeliveryAddress a) =>
        new(a.Recipient.Trim(), PhoneNumber.Normalize(a.Phone)!, a.Province, a.Commune.Trim(), a.Street.Trim());

    public DeliveryAddress ToContract() => new(Recipient, Phone, Province, Commune, Street);
}

/// <summary>One checkout: where it goes, how it is paid, and a part for each cooperative it buys from.</summary>
internal sealed class Order
{
    private readonly List<OrderPart> _parts = [];

    private Order()
    {
    }

    public Order(
        OrderId id,
        string number,
        UserId buyerId,
        string buyerEmail,
        string idempotencyKey,
        Address delivery,
        string? note,
        PaymentMethod paymentMethod,
        string culture,
        DateTimeOffset now)
    {
        Id = id;
        Number = number;
        BuyerId = buyerId;
        BuyerEmail = buyerEmail;
        IdempotencyKey = idempotencyKey;
        Delivery = delivery;
        Note = note;
        PaymentMethod = paymentMethod;
        PaymentState = paymentMethod == PaymentMethod.CashOnDelivery ? OrderPaymentState.OnDelivery : OrderPaymentState.Awaiting;
        Culture = culture;
        PlacedAt = now;
    }

    /// <summary>
    /// "HTX-261126-7K4Q9M2X": the date in Vietnam and eight random characters of Crockford's
    /// base32 (no I, L, O or U to misread on the phone). Five digits were too few: a few hundred
    /// orders a day would, by the birthday paradox, already share one.
    /// </summary>
    public static string NewNumber(DateTimeOffset now) =>
        $"HTX-{now.ToOffset(VietnamTime.Offset):yyMMdd}-{RandomNumberGenerator.GetString("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 8)}";

    /// <summary>What the other modules hear of a new order, however it was made (checkout, accepted quotes).</summary>
    public OrderPlacedIntegrationEvent Placed() => new(
        Guid.NewGuid(), PlacedAt, Id, BuyerEmail, PaymentMethod.ToString(),
        Parts.Select(p => new OrderedPart(p.Id, p.CooperativeId, p.TotalVnd, p.CashDueVnd)).ToList(), Number);

    public OrderId Id { get; private set; }

    /// <summary>What people read and say on the phone: "HTX-261126-7K4Q9M2X" (<see cref="NewNumber"/>).</summary>
    public string Number { get; private set; } = string.Empty;

    /// <summary>Whose order it is: with the idempotency key, what makes a retried checkout the same order.</summary>
    public UserId BuyerId { get; private set; }

    /// <summary>Where the order's mails go: the buyer's e-mail when the order was placed.</summary>
    public string BuyerEmail { get; private set; } = string.Empty;

    public string IdempotencyKey { get; private set; } = string.Empty;

    public Address Delivery { get; private set; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    public string? Note { get; private set; }

    public PaymentMethod PaymentMethod { get; private set; }

    /// <summary>The business buyer's own number for the purchase, printed on its invoices.</summary>
    public string? PurchaseOrderNumber { get; private set; }

    public OrderPaymentState PaymentState { get; private set; }

    public DateTimeOffset? PaidAt { get; private set; }

    /// <summary>Why the last payment attempt failed, for the shopper to read.</summary>
    public string? PaymentProblem { get; private set; }

    /// <summary>"vi" or "en": the language of the buyer's mails.</summary>
    public string Culture { get; private set; } = "vi";

    public DateTimeOffset PlacedAt { get; private set; }

    public IReadOnlyList<OrderPart> Parts => _parts;

    public void Add(OrderPart part) => _parts.Add(part);

    public Order WithPurchaseOrder(string? number)
    {
        PurchaseOrderNumber = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        return this;
    }

    /// <summary>The voucher that took money off the order's parts, as its buyer typed it (see each part's discount).</summary>
    public string? VoucherCode { get; private set; }

    public Order WithVoucher(string? code)
    {
        VoucherCode = code;
        return this;
    }

    /// <summary>The money came: the cooperatives may confirm their parts. A repeat changes nothing.</summary>
    public void MarkPaid(DateTimeOffset at)
    {
        if (PaymentState == OrderPaymentState.Paid)
        {
            return;
        }

        PaymentState = OrderPaymentState.Paid;
        PaidAt = at;
        PaymentProblem = null;
        foreach (var part in _parts)
        {
            part.PaymentReceived();
        }
    }

    /// <summary>
    /// An attempt failed: the shopper may try again. Final (the deadline passed unpaid): every part
    /// not yet confirmed is cancelled, and returned for its stock to go back.
    /// </summary>
    public IReadOnlyList<OrderPart> PaymentFailed(string reason, bool final, DateTimeOffset now)
    {
        if (PaymentState is OrderPaymentState.Paid or OrderPaymentState.OnDelivery or OrderPaymentState.Expired)
        {
            return [];
        }

        PaymentProblem = reason;
        if (!final)
        {
            PaymentState = OrderPaymentState.Failed;
            return [];
        }

        PaymentState = OrderPaymentState.Expired;
        return _parts.Where(p => p.CancelUnpaid(reason, now)).ToList();
    }
}
