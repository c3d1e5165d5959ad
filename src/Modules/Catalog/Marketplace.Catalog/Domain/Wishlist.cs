using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Domain;

/// <summary>
/// A product a signed-in person saved, with where to tell them when it is back in stock: the
/// e-mail and language they saved it in, as a pre-order alert keeps them.
/// </summary>
internal sealed class SavedProduct
{
    /// <summary>How many products one person may keep saved: a wishlist, not a copy of the catalog.</summary>
    public const int Limit = 200;

    private SavedProduct()
    {
    }

    public SavedProduct(UserId userId, ProductId productId, string email, string culture, bool soldOut, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        ProductId = productId;
        Email = email;
        Culture = culture;
        SavedAt = now;
        WaitingSince = soldOut ? now : null;
    }

    public Guid Id { get; private set; }

    public UserId UserId { get; private set; }

    public ProductId ProductId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public string Culture { get; private set; } = "vi";

    public DateTimeOffset SavedAt { get; private set; }

    /// <summary>
    /// Since when the product has been seen sold out, so that the person waits to hear it is back
    /// (null: it was in stock when last looked at, or they have been told).
    /// </summary>
    public DateTimeOffset? WaitingSince { get; private set; }

    /// <summary>When they were last told it is back in stock.</summary>
    public DateTimeOffset? ToldBackAt { get; private set; }

    public void BackInStock(DateTimeOffset now)
    {
        WaitingSince = null;
        ToldBackAt = now;
    }
}

/// <summary>A signed-in person follows a cooperative: they hear of its pre-orders and of the campaigns its products are in.</summary>
internal sealed class FollowedCooperative
{
    /// <summary>How many cooperatives one person may follow.</summary>
    public const int Limit = 200;

    private FollowedCooperative()
    {
    }

    public FollowedCooperative(UserId userId, CooperativeId cooperativeId, string email, string culture, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        UserId = userId;
        CooperativeId = cooperativeId;
        Email = email;
        Culture = culture;
        FollowedAt = now;
    }

    public Guid Id { get; private set; }

    public UserId UserId { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public string Email { get; private set; } = string.Empty;

    public string Culture { get; private set; } = "vi";

    public DateTimeOffset FollowedAt { get; private set; }
}

/// <summary>
/// That a follower was told of something (a campaign), kept so that each person hears of it once,
/// however many of the cooperatives they follow are in it and however many rounds look.
/// </summary>
internal sealed class FollowerNotice
{
    private FollowerNotice()
    {
    }

    public FollowerNotice(UserId userId, string subject, DateTimeOffset now)
    {
        UserId = userId;
        Subject = subject;
        ToldAt = now;
    }

    public UserId UserId { get; private set; }

    /// <summary>What they were told of: "campaign:{id}".</summary>
    public string Subject { get; private set; } = string.Empty;

    public DateTimeOffset ToldAt { get; private set; }

    public static string OfCampaign(Guid campaignId) => $"campaign:{campaignId:N}";
}
