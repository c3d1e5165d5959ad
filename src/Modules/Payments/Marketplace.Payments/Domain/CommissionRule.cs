using Marketplace.SharedKernel;

namespace Marketplace.Payments.Domain;

/// <summary>Which cooperatives a rule is for, beyond a named one.</summary>
internal enum CommissionAudience
{
    Everyone,

    /// <summary>Cooperatives approved less than <see cref="CommissionRule.NewForDays"/> days before the order: a welcome rate.</summary>
    NewCooperatives,

    /// <summary>Cooperatives holding an unexpired, verified OCOP rating when the order is placed.</summary>
    OcopCooperatives,
}

/// <summary>
/// A commission rate that departs from the alliance's default for some goods: those of one
/// cooperative, of one category (and its sub-categories), of new or OCOP cooperatives, for a
/// period or from a date on; with a floor and a cap in đồng on what one line pays. A rule is never
/// edited, only ended (from then on it prices nothing), so every order's commission can be traced
/// to the rule that priced it (<see cref="CommissionLine"/>).
/// </summary>
internal sealed class CommissionRule
{
    /// <summary>How long a cooperative counts as new after its approval: its first half-year.</summary>
    public const int NewForDays = 180;

    private CommissionRule()
    {
    }

    public CommissionRule(CommissionRuleTerms terms, DateTimeOffset from, DateTimeOffset now, string createdBy)
    {
        Id = Guid.NewGuid();
        CooperativeId = terms.CooperativeId;
        VendorName = terms.VendorName;
        CategoryId = terms.CategoryId;
        Audience = terms.Audience;
        BasisPoints = terms.BasisPoints;
        FloorVnd = terms.FloorVnd;
        CapVnd = terms.CapVnd;
        Note = terms.Note;
        From = from;
        Until = terms.Until;
        CreatedAt = now;
        CreatedBy = createdBy;
    }

    public Guid Id { get; private set; }

    public CooperativeId? CooperativeId { get; private set; }

    /// <summary>The cooperative's name when the rule was made, for the rule's history.</summary>
    public string? VendorName { get; private set; }

    public Guid? CategoryId { get; private set; }

    public CommissionAudience Audience { get; private set; }

    /// <summary>Hundredths of a percent: 300 is 3 %.</summary>
    public int BasisPoints { get; private set; }

    /// <summary>The least a line pays, in đồng (never more than the line itself).</summary>
    public long? FloorVnd { get; private set; }

    /// <summary>The most a line pays, in đồng.</summary>
    public long? CapVnd { get; private set; }

    public string? Note { get; private set; }

    public DateTimeOffset From { get; private set; }

    /// <summary>When it stops pricing orders (exclusive); null while it runs on.</summary>
    public DateTimeOffset? Until { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = string.Empty;

    public string? EndedBy { get; private set; }

    public bool InForceAt(DateTimeOffset at) => From <= at && (Until is null || at < Until);

    /// <summary>Ended by an admin (a scheduled rule so ended never starts), or past its end.</summary>
    public bool Ended(DateTimeOffset now) => EndedBy is not null || (Until is { } until && until <= now);

    /// <summary>
    /// How specific the rule is, compared field by field: a named cooperative first, then the depth of
    /// the category it names (a sub-category over its parent; -1 for none), then an audience.
    /// </summary>
    public (int Cooperative, int CategoryDepth, int Audience) Specificity(int categoryDepth) =>
        (CooperativeId is null ? 0 : 1, CategoryId is null ? -1 : categoryDepth, Audience == CommissionAudience.Everyone ? 0 : 1);

    /// <summary>A line of <paramref name="goodsVnd"/> priced by this rule: the rate, within the floor and the cap, never above the line.</summary>
    public long CommissionOn(long goodsVnd)
    {
        var commission = Commission.Of(goodsVnd, BasisPoints);
        commission = Math.Max(commission, FloorVnd ?? 0);
        commission = Math.Min(commission, CapVnd ?? long.MaxValue);
        return Math.Min(commission, Math.Max(goodsVnd, 0));
    }

    /// <summary>Ends the rule now, or leaves it as it is when it ends sooner; a rule not yet started ends before it starts.</summary>
    public void End(DateTimeOffset now, string by)
    {
        Until = Until is { } until && until <= now ? until : (now < From ? From : now);
        EndedBy = by;
    }
}

/// <summary>What an admin asks of a new rule, checked by the validator.</summary>
internal sealed record CommissionRuleTerms(
    CooperativeId? CooperativeId,
    string? VendorName,
    Guid? CategoryId,
    CommissionAudience Audience,
    int BasisPoints,
    long? FloorVnd,
    long? CapVnd,
    DateTimeOffset? Until,
    string? Note);

/// <summary>
/// One order line's commission as it was priced when the order was placed, and by which rule
/// (null: the default rate in force then). The order keeps it whatever happens to the rules later.
/// </summary>
internal sealed class CommissionLine
{
    private CommissionLine()
    {
    }

    public CommissionLine(OrderId orderId, OrderPartId partId, CooperativeId cooperativeId, string sku, Guid? categoryId, Guid? ruleId, int basisPoints,
        long goodsVnd, long commissionVnd, DateTimeOffset pricedAt)
    {
        Id = Guid.NewGuid();
        OrderId = orderId;
        PartId = partId;
        CooperativeId = cooperativeId;
        Sku = sku.Length > 100 ? sku[..100] : sku;
        CategoryId = categoryId;
        RuleId = ruleId;
        BasisPoints = basisPoints;
        GoodsVnd = goodsVnd;
        CommissionVnd = commissionVnd;
        PricedAt = pricedAt;
    }

    public Guid Id { get; private set; }

    public OrderId OrderId { get; private set; }

    public OrderPartId PartId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public string Sku { get; private set; } = string.Empty;

    public Guid? CategoryId { get; private set; }

    public Guid? RuleId { get; private set; }

    public int BasisPoints { get; private set; }

    public long GoodsVnd { get; private set; }

    public long CommissionVnd { get; private set; }

    public DateTimeOffset PricedAt { get; private set; }
}
