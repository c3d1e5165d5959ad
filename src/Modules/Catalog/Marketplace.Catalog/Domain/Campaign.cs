using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Domain;

/// <summary>What the admins state of a campaign, already checked.</summary>
internal sealed record CampaignTerms(
    string Title, string? TitleEnglish, string Description, string? DescriptionEnglish, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>
/// An alliance campaign (an OCOP week, a trade fair, a harvest festival): a page of its own at
/// <c>/campaigns/{slug}</c> with the products the admins chose, from one Vietnam date to another,
/// both whole days. The prices are each cooperative's (a variant's sale), so a campaign books nothing.
/// </summary>
internal sealed class Campaign
{
    public const int TitleLength = 120;

    public const int DescriptionLength = 2000;

    /// <summary>The most products one campaign's page shows: a page people scroll, not a catalog.</summary>
    public const int MaxProducts = 60;

    private readonly List<CampaignProduct> _products = [];

    private Campaign()
    {
    }

    public Campaign(Guid id, string slug, CampaignTerms terms, DateTimeOffset now)
    {
        Id = id;
        Slug = slug;
        CreatedAt = now;
        Change(terms, now);
    }

    public Guid Id { get; private set; }

    /// <summary>The page's address, made from the title when it is created and kept after, so shared links keep working.</summary>
    public string Slug { get; private set; } = string.Empty;

    public string Title { get; private set; } = string.Empty;

    public string? TitleEnglish { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public string? DescriptionEnglish { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    public IReadOnlyList<CampaignProduct> Products => _products;

    public bool RunsOn(DateOnly today) => StartsOn <= today && today <= EndsOn;

    public void Change(CampaignTerms terms, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(terms.StartsOn, terms.EndsOn);
        (Title, TitleEnglish, Description, DescriptionEnglish, StartsOn, EndsOn) =
            (terms.Title, terms.TitleEnglish, terms.Description, terms.DescriptionEnglish, terms.StartsOn, terms.EndsOn);
        ChangedAt = now;
    }

    /// <summary>The chosen products, in the order given (each once): the page shows them in this order.</summary>
    public void Choose(IReadOnlyList<ProductId> products, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(products);
        var chosen = products.Distinct().ToList();
        // Kept rows are moved, not removed and added again: a row's key is the campaign and the product.
        _products.RemoveAll(p => !chosen.Contains(p.ProductId));
        for (var i = 0; i < chosen.Count; i++)
        {
            if (_products.Find(p => p.ProductId == chosen[i]) is { } kept)
            {
                kept.Position = i;
            }
            else
            {
                _products.Add(new CampaignProduct(Id, chosen[i], i));
            }
        }

        ChangedAt = now;
    }
}

/// <summary>A product chosen for a campaign, at its place on the page.</summary>
internal sealed class CampaignProduct
{
    private CampaignProduct()
    {
    }

    public CampaignProduct(Guid campaignId, ProductId productId, int position)
    {
        CampaignId = campaignId;
        ProductId = productId;
        Position = position;
    }

    public Guid CampaignId { get; private set; }

    public ProductId ProductId { get; private set; }

    public int Position { get; set; }
}
