using System.Globalization;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Ordering.Domain;

internal enum VoucherKind
{
    /// <summary>A share of the goods' price, up to <see cref="Voucher.MaxDiscountVnd"/>.</summary>
    PercentOff,

    /// <summary>An amount off the goods, never more than they cost.</summary>
    AmountOff,

    /// <summary>The delivery fee, up to <see cref="Voucher.MaxDiscountVnd"/>.</summary>
    FreeDelivery,
}

/// <summary>Who may use a voucher: anyone, only shoppers (not business buyers' volume prices), or only verified business buyers.</summary>
internal enum VoucherAudience
{
    Everyone,
    Shoppers,
    BusinessBuyers,
}

/// <summary>
/// A code that takes money off an order: issued by the alliance (for every cooperative's goods) or
/// by one cooperative (for its own). <see cref="Used"/> counts the orders it took money off; it
/// never passes <see cref="TotalLimit"/>, because checkout raises it by one conditional UPDATE in
/// the order's transaction, and each buyer's uses are rows numbered 1 … <see cref="PerBuyerLimit"/>
/// under a unique index. Who pays the discount is <see cref="AllianceSharePercent"/>: the alliance
/// that share, the cooperatives whose goods it was taken off the rest (a cooperative's own voucher: 0).
/// </summary>
internal sealed class Voucher
{
    public const int MaxCodeLength = 32;

    private Voucher()
    {
    }

    public Voucher(VoucherTerms terms, CooperativeId? cooperativeId, string createdBy, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        Code = NormalizeCode(terms.Code);
        CooperativeId = cooperativeId;
        Title = terms.Title.Trim();
        Kind = terms.Kind;
        PercentOff = terms.Kind == VoucherKind.PercentOff ? terms.PercentOff : 0;
        AmountOffVnd = terms.Kind == VoucherKind.AmountOff ? terms.AmountOffVnd : 0;
        MaxDiscountVnd = terms.Kind == VoucherKind.AmountOff ? null : terms.MaxDiscountVnd;
        MinSpendVnd = terms.MinSpendVnd;
        TotalLimit = terms.TotalLimit;
        PerBuyerLimit = terms.PerBuyerLimit;
        StartsAt = terms.StartsAt;
        EndsAt = terms.EndsAt;
        Audience = terms.Audience;
        AllianceSharePercent = cooperativeId is null ? terms.AllianceSharePercent : 0;
        CreatedBy = createdBy;
        CreatedAt = now;
    }

    public Guid Id { get; private set; }

    /// <summary>As shoppers type it, in capitals: "TET2027", "OCOP-10".</summary>
    public string Code { get; private set; } = string.Empty;

    /// <summary>The issuing cooperative, whose goods alone it applies to; null for the alliance's, which applies to all.</summary>
    public CooperativeId? CooperativeId { get; private set; }

    /// <summary>What the voucher is for, shown beside it ("Tuần lễ OCOP: giảm 10 %").</summary>
    public string Title { get; private set; } = string.Empty;

    public VoucherKind Kind { get; private set; }

    public int PercentOff { get; private set; }

    public long AmountOffVnd { get; private set; }

    public long? MaxDiscountVnd { get; private set; }

    /// <summary>The goods it applies to must cost at least this much.</summary>
    public long MinSpendVnd { get; private set; }

    /// <summary>How many orders it may take money off in all; null for no limit.</summary>
    public int? TotalLimit { get; private set; }

    public int PerBuyerLimit { get; private set; }

    public int Used { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    public VoucherAudience Audience { get; private set; }

    public int AllianceSharePercent { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Called off by its issuer before its end: no order may use it from then on.</summary>
    public DateTimeOffset? EndedAt { get; private set; }

    public bool IsAlliance => CooperativeId is null;

    public int? Left => TotalLimit is { } limit ? Math.Max(0, limit - Used) : null;

    public static string NormalizeCode(string code) => code.Trim().ToUpperInvariant();

    public void End(DateTimeOffset now) => EndedAt ??= now;

    /// <summary>Why this voucher cannot be used now by such a buyer, or null when it can.</summary>
    public string? Unusable(DateTimeOffset now, bool businessBuyer)
    {
        if (EndedAt is not null || now >= EndsAt)
        {
            return Bilingual.Pick($"Mã {Code} đã hết hạn.", $"The code {Code} has expired.");
        }

        if (now < StartsAt)
        {
            return Bilingual.Pick(
                $"Mã {Code} dùng được từ {StartsAt.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy HH:mm}.",
                $"The code {Code} can be used from {StartsAt.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy HH:mm}.");
        }

        if (TotalLimit is { } limit && Used >= limit)
        {
            return UsedUp();
        }

        return (Audience, businessBuyer) switch
        {
            (VoucherAudience.Shoppers, true) => Bilingual.Pick(
                $"Mã {Code} dành cho khách lẻ, không áp dụng cho giá sỉ.", $"The code {Code} is for shoppers, not business prices."),
            (VoucherAudience.BusinessBuyers, false) => Bilingual.Pick(
                $"Mã {Code} chỉ dành cho khách mua sỉ đã xác minh.", $"The code {Code} is for verified business buyers only."),
            _ => null,
        };
    }

    public string UsedUp() => Bilingual.Pick($"Mã {Code} đã hết lượt dùng.", $"The code {Code} has been used up.");

    public string UsedByBuyer() => PerBuyerLimit == 1
        ? Bilingual.Pick($"Bạn đã dùng mã {Code}.", $"You have already used the code {Code}.")
        : Bilingual.Pick($"Bạn đã dùng mã {Code} {PerBuyerLimit} lần.", $"You have already used the code {Code} {PerBuyerLimit} times.");

    /// <summary>
    /// What the voucher takes off each cooperative's parcel, and who pays it. The discount is
    /// worked out on the parcels it applies to together (the goods, or the delivery fees), capped,
    /// then shared out in proportion to each one's base, the đồng left by rounding going one each to
    /// the largest remainders, so the shares add up to the discount exactly.
    /// </summary>
    public VoucherDiscount DiscountFor(IReadOnlyList<ParcelToDiscount> parcels)
    {
        var eligible = parcels.Where(p => IsAlliance || p.CooperativeId == CooperativeId).ToList();
        if (eligible.Count == 0)
        {
            return VoucherDiscount.Refused(Bilingual.Pick(
                $"Mã {Code} chỉ áp dụng cho sản phẩm của hợp tác xã phát hành; giỏ hàng chưa có sản phẩm nào của hợp tác xã đó.",
                $"The code {Code} applies only to its cooperative's products, and the cart holds none."));
        }

        var goods = eligible.Sum(p => p.GoodsVnd);
        if (goods < MinSpendVnd)
        {
            var minimum = Money.Dong(MinSpendVnd).Format(CultureInfo.CurrentCulture);
            return VoucherDiscount.Refused(Bilingual.Pick(
                $"Mã {Code} áp dụng cho đơn từ {minimum} tiền hàng.", $"The code {Code} applies to orders of {minimum} of goods or more."));
        }

        var onDelivery = Kind == VoucherKind.FreeDelivery;
        var basis = eligible.Select(p => onDelivery ? p.DeliveryVnd : p.GoodsVnd).ToList();
        var whole = basis.Sum();
        var discount = Kind switch
        {
            VoucherKind.PercentOff => whole * PercentOff / 100,
            VoucherKind.AmountOff => Math.Min(AmountOffVnd, whole),
            _ => whole,
        };
        discount = Math.Min(discount, MaxDiscountVnd ?? long.MaxValue);
        if (discount <= 0)
        {
            return VoucherDiscount.Refused(onDelivery
                ? Bilingual.Pick("Đơn này đã được miễn phí giao hàng.", "This order already has free delivery.")
                : Bilingual.Pick($"Mã {Code} không giảm được gì cho đơn này.", $"The code {Code} takes nothing off this order."));
        }

        var shares = Shares.Proportional(discount, basis);
        var lines = eligible.Select((p, i) =>
        {
            var alliance = (long)Math.Round(shares[i] * AllianceSharePercent / 100m, MidpointRounding.AwayFromZero);
            return new ParcelDiscount(p.CooperativeId, shares[i], alliance, onDelivery);
        }).Where(d => d.DiscountVnd > 0).ToList();
        return new VoucherDiscount(discount, lines, null);
    }
}

/// <summary>What a voucher's issuer sets.</summary>
internal sealed record VoucherTerms(
    string Code,
    string Title,
    VoucherKind Kind,
    int PercentOff,
    long AmountOffVnd,
    long? MaxDiscountVnd,
    long MinSpendVnd,
    int? TotalLimit,
    int PerBuyerLimit,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    VoucherAudience Audience,
    int AllianceSharePercent);

/// <summary>A cooperative's parcel in a cart: its goods and its delivery fee.</summary>
internal sealed record ParcelToDiscount(CooperativeId CooperativeId, long GoodsVnd, long DeliveryVnd);

/// <summary>What comes off one cooperative's parcel, of it <see cref="AllianceVnd"/> paid by the alliance; off its delivery fee or its goods.</summary>
internal sealed record ParcelDiscount(CooperativeId CooperativeId, long DiscountVnd, long AllianceVnd, bool OnDelivery)
{
    /// <summary>What the cooperative itself gives up on its goods: the base its commission is no longer taken on.</summary>
    public long CooperativeGoodsVnd => OnDelivery ? 0 : DiscountVnd - AllianceVnd;
}

internal sealed record VoucherDiscount(long TotalVnd, IReadOnlyList<ParcelDiscount> Parcels, string? Problem)
{
    public static VoucherDiscount Refused(string problem) => new(0, [], problem);

    public ParcelDiscount? For(CooperativeId cooperativeId) => Parcels.FirstOrDefault(p => p.CooperativeId == cooperativeId);
}

/// <summary>Uses of a voucher by one buyer, numbered: the unique index on (voucher, buyer, number) keeps a buyer within the limit even at once.</summary>
internal sealed class VoucherRedemption
{
    private VoucherRedemption()
    {
    }

    public VoucherRedemption(Guid voucherId, UserId buyerId, int number, OrderId orderId, long discountVnd, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        VoucherId = voucherId;
        BuyerId = buyerId;
        Number = number;
        OrderId = orderId;
        DiscountVnd = discountVnd;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid VoucherId { get; private set; }

    public UserId BuyerId { get; private set; }

    public int Number { get; private set; }

    public OrderId OrderId { get; private set; }

    public long DiscountVnd { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>An amount shared out in proportion to weights, in whole units that add up to it exactly.</summary>
internal static class Shares
{
    public static long[] Proportional(long amount, IReadOnlyList<long> weights)
    {
        var total = weights.Sum();
        var shares = new long[weights.Count];
        if (total <= 0)
        {
            return shares;
        }

        var remainders = new (decimal Remainder, int Index)[weights.Count];
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (decimal)amount * weights[i] / total;
            shares[i] = (long)Math.Floor(exact);
            remainders[i] = (exact - shares[i], i);
        }

        var left = amount - shares.Sum();
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take((int)left))
        {
            shares[index]++;
        }

        return shares;
    }
}
