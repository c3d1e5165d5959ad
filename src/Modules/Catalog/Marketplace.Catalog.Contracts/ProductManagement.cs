using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Contracts;

public enum ProductState
{
    Draft,
    Published,
    Hidden,
}

public sealed record VolumeTierView(int MinQuantity, Money Price);

public sealed record VariantView(
    Guid VariantId,
    string Sku,
    string Unit,
    int? NetWeightGrams,
    Money Price,
    int Stock,
    int MinOrderQuantity,
    IReadOnlyList<VolumeTierView> Tiers,
    Guid Version);

public sealed record ProductImageView(Guid ImageId, string Url, string ThumbnailUrl);

/// <summary>A product as its cooperative's people edit it.</summary>
public sealed record ProductForEditing(
    Guid ProductId,
    Guid VendorId,
    Guid CategoryId,
    string Name,
    string? NameEnglish,
    string Description,
    string? DescriptionEnglish,
    string Slug,
    ProductState Status,
    bool HiddenByAdmin,
    string? ModerationReason,
    IReadOnlyList<VariantView> Variants,
    IReadOnlyList<ProductImageView> Images,
    IReadOnlyList<LotView> Lots);

/// <summary>A row of a cooperative's product list.</summary>
public sealed record MyProduct(Guid ProductId, string Name, string Slug, ProductState Status, bool HiddenByAdmin, Money FromPrice, int Stock, int Variants);

/// <summary>The products of a cooperative, every state, for its own people.</summary>
public sealed record ListMyProductsQuery(Guid VendorId, string ActorEmail) : IQuery<Result<IReadOnlyList<MyProduct>>>;

public sealed record GetProductForEditingQuery(Guid ProductId, string ActorEmail) : IQuery<Result<ProductForEditing>>;

/// <summary>A cooperative's person adds a product, as a draft.</summary>
public sealed record CreateProductCommand(
    Guid VendorId, string ActorEmail, Guid CategoryId, string Name, string? NameEnglish, string Description, string? DescriptionEnglish)
    : ICommand<Result<ProductForEditing>>;

public sealed record EditProductCommand(
    Guid ProductId, string ActorEmail, Guid CategoryId, string Name, string? NameEnglish, string Description, string? DescriptionEnglish)
    : ICommand<Result<ProductForEditing>>;

public sealed record VolumeTierInput(int MinQuantity, long PriceVnd);

/// <summary>
/// Adds a variant (no <see cref="VariantId"/>) or changes one. Changing one needs the
/// <see cref="Version"/> it was read at: stock sold meanwhile makes the change a 409, not a loss.
/// </summary>
public sealed record SaveVariantCommand(
    Guid ProductId,
    string ActorEmail,
    Guid? VariantId,
    Guid? Version,
    string Sku,
    string Unit,
    int? NetWeightGrams,
    long PriceVnd,
    int Stock,
    int MinOrderQuantity,
    IReadOnlyList<VolumeTierInput> Tiers) : ICommand<Result<ProductForEditing>>;

public sealed record ChangeProductStatusCommand(Guid ProductId, string ActorEmail, ProductState Status) : ICommand<Result<ProductForEditing>>;

/// <summary>A picture of the product (JPEG or PNG), resized with a thumbnail before it is kept.</summary>
public sealed record AddProductImageCommand(Guid ProductId, string ActorEmail, UploadedFile Image) : ICommand<Result<ProductForEditing>>;

public sealed record RemoveProductImageCommand(Guid ProductId, string ActorEmail, Guid ImageId) : ICommand<Result<ProductForEditing>>;

/// <summary>A product picture by its key, while its product is public.</summary>
public sealed record GetProductImageQuery(string Key) : IQuery<Result<ImageContent>>;

public sealed record ImageContent(string ContentType, byte[] Content);

/// <summary>An admin hides a product with a reason, or restores it; each is kept in the moderation log.</summary>
public sealed record ModerateProductCommand(Guid ProductId, bool Hide, string? Reason, Guid ActorUserId, string ActorName) : ICommand<Result<ProductForEditing>>;

public sealed record ModerationEntryView(Guid Id, DateTimeOffset OccurredAt, string ActorName, string Action, Guid ProductId, string ProductName, string? Reason);

public sealed record ListModerationQuery : IQuery<IReadOnlyList<ModerationEntryView>>;
