using Mediator;

namespace Marketplace.Catalog.Contracts;

/// <summary>What the home page shows of the catalog (Vendors keeps the home page, with the cooperatives).</summary>
public sealed record GetHomeShelvesQuery : IQuery<HomeShelves>;

/// <summary>
/// The top categories that have public products, with how many; the products whose latest harvest
/// lot is the most recent (the season's picks); the products shoppers rate best. At most eight products a shelf.
/// </summary>
public sealed record HomeShelves(
    IReadOnlyList<CategoryTile> Categories, IReadOnlyList<ProductSummary> JustHarvested, IReadOnlyList<ProductSummary> BestRated)
{
    /// <summary>The alliance's campaigns running today (at most two), each with its first products.</summary>
    public IReadOnlyList<CampaignShelf> Campaigns { get; init; } = [];
}

/// <summary>A running campaign on the home page: its page's address, title, last day and first products.</summary>
public sealed record CampaignShelf(string Slug, string Title, string? TitleEnglish, DateOnly EndsOn, IReadOnlyList<ProductSummary> Products);

/// <summary>A top category and its public products, those of the categories below it included.</summary>
public sealed record CategoryTile(string Slug, string Name, string NameEnglish, int Products);
