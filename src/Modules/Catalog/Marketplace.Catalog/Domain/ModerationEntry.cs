using Marketplace.SharedKernel;
namespace Marketplace.Catalog.Domain;

/// <summary>An admin hid or restored a product: who, when, why. Only ever added, like Vendors' audit log.</summary>
internal sealed class ModerationEntry
{
    private ModerationEntry()
    {
    }

    public ModerationEntry(
        Guid id,
        ProductId productId,
        string productName,
        CooperativeId cooperativeId,
        bool hidden,
        string? reason,
        UserId actorUserId,
        string actorName,
        DateTimeOffset occurredAt)
    {
        Id = id;
        ProductId = productId;
        ProductName = productName;
        CooperativeId = cooperativeId;
        Action = hidden ? "HideProduct" : "RestoreProduct";
        Reason = reason;
        ActorUserId = actorUserId;
        ActorName = actorName;
        OccurredAt = occurredAt;
    }

    public Guid Id { get; private set; }

    public ProductId ProductId { get; private set; }

    public string ProductName { get; private set; } = string.Empty;

    public CooperativeId CooperativeId { get; private set; }

    public string Action { get; private set; } = string.Empty;

    public string? Reason { get; private set; }

    public UserId ActorUserId { get; private set; }

    public string ActorName { get; private set; } = string.Empty;

    public DateTimeOffset OccurredAt { get; private set; }
}
