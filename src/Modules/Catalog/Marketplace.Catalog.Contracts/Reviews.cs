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
