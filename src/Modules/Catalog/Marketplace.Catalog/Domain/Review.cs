using Marketplace.SharedKernel;
namespace Marketplace.Catalog.Domain;

/// <summary>
/// A shopper's review of a variant they received: one per order line (the part and the variant
/// together are unique), answered by the cooperative, hidden by an admin with a reason.
/// </summary>
internal sealed class Review
{
    private Review()
    {
    }

    public Review(
        Guid id,
        ProductId productId,
        CooperativeId cooperativeId,
        OrderPartId partId,
        VariantId variantId,
        UserId reviewerId,
        string reviewerName,
        int stars,
        string text,
        DateTimeOffset now)
    {
        Id = id;
        ProductId = productId;
        CooperativeId = cooperativeId;
        PartId = partId;
        VariantId = variantId;
        ReviewerId = reviewerId;
        ReviewerName = reviewerName;
        Stars = stars;
        Text = text;
        WrittenAt = now;
    }

    public Guid Id { get; private set; }

    public ProductId ProductId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public OrderPartId PartId { get; private set; }

    public VariantId VariantId { get; private set; }

    /// <summary>Who wrote it; never shown (the review is published under <see cref="ReviewerName"/>).</summary>
    public UserId ReviewerId { get; private set; }

    public string ReviewerName { get; private set; } = string.Empty;

    public int Stars { get; private set; }

    public string Text { get; private set; } = string.Empty;

    public DateTimeOffset WrittenAt { get; private set; }

    public string? Reply { get; private set; }

    public DateTimeOffset? RepliedAt { get; private set; }

    public bool Hidden { get; private set; }

    public string? HiddenReason { get; private set; }

    public void Answer(string reply, DateTimeOffset now)
    {
        Reply = reply;
        RepliedAt = now;
    }

    public void Moderate(bool hide, string? reason)
    {
        Hidden = hide;
        HiddenReason = hide ? reason : null;
    }
}
