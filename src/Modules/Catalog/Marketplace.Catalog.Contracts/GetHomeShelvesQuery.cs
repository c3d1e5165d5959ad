using Mediator;

namespace Marketplace.Catalog.Contracts;

/// <summary>What the home page shows of the catalog (Vendors keeps the home page, with the cooperatives).</summary>
public sealed record GetHomeShelvesQuery : IQuery<HomeShelves>;

/// <summary>
/// The top categories that have public products, with how many; the products whose latest harvest
/// lot is the most recent (the season's picks); the products shoppers rate best. At most eight products a shelf.
/// </summary>
public sealed record HomeShelves(
    IReadOnlyList<CategoryTile> Categories, IReadOnlyList<ProductSummary> JustHarvested, IReadOnlyList<ProductSummary> BestRated);

/// <summary>A top category and its public products, those of the categories below it included.</summary>
public sealed record CategoryTile(string Slug, string Name, string NameEnglish, int Products);
