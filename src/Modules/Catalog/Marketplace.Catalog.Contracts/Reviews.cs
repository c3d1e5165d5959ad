using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Contracts;

public sealed record ReviewView(
    Guid ReviewId,
    ProductId ProductId,
    string ReviewerName,
    int Stars,
    string Text,
    DateTimeOffset WrittenAt,
    string? Reply,
    bool Hidden,
    string? HiddenReason);

/// <summary>
/// A shopper reviews a variant they received, once per order line: 1 to 5 stars and a text,
/// published under <paramref name="ReviewerName"/>: the name the account chose (never its delivery's recipient).
/// </summary>
public sealed record WriteReviewCommand(
    OrderPartId PartId, VariantId VariantId, UserId BuyerId, string BuyerEmail, int Stars, string Text, string? ReviewerName = null)
    : ICommand<Result<ReviewView>>, IRunsIn<CatalogTransaction>;

/// <summary>The reviews a person wrote, to know which lines they have reviewed already.</summary>
public sealed record ListMyReviewsQuery(UserId BuyerId) : IQuery<IReadOnlyList<MyReview>>;

public sealed record MyReview(Guid ReviewId, OrderPartId PartId, VariantId VariantId, int Stars);

/// <summary>
/// How shoppers rated a cooperative's products in a span (reviews written from <paramref name="From"/>
/// until <paramref name="Until"/>, those an admin hid left out): for the cooperative's own report.
/// </summary>
public sealed record GetCooperativeRatingsQuery(CooperativeId CooperativeId, DateTimeOffset From, DateTimeOffset Until) : IQuery<CooperativeRatings>;

/// <summary>
/// The span's reviews, their average, how many gave 1 to 5 stars (<see cref="ByStars"/>[0] is one star),
/// how many the cooperative answered, its most reviewed products, and its latest reviews of three
/// stars or fewer (the ones worth an answer).
/// </summary>
public sealed record CooperativeRatings(
    int Reviews, decimal? Average, IReadOnlyList<int> ByStars, int Answered, IReadOnlyList<RatedProduct> Products, IReadOnlyList<LowRating> Low);

public sealed record RatedProduct(ProductId ProductId, string Name, int Reviews, decimal Average);

public sealed record LowRating(Guid ReviewId, ProductId ProductId, string Product, int Stars, string Text, DateTimeOffset WrittenAt, bool Answered);
