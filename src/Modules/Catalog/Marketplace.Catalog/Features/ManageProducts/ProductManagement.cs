using System.Text.Json.Serialization;
using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.Lots;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Results;
using Mediator;

namespace Marketplace.Catalog.Features.ManageProducts;

internal enum ProductState
{
    Draft,
    Published,
    Hidden,
}

internal sealed record VariantView(
    VariantId VariantId,
    string Sku,
    string Unit,
    int? NetWeightGrams,
    Money Price,
    int Stock,
    int MinOrderQuantity,
    IReadOnlyList<VolumeTierView> Tiers,
    Guid Version,
    BoxSize? Box,
    VariantSaleView? Sale = null)
{
    /// <summary>What one unit sells for today: the sale's price while it runs, else <see cref="Price"/> (the list price).</summary>
    public Money Selling => Sale is { Running: true } sale ? sale.Price : Price;
}

/// <summary>A variant's sale: its price from one Vietnam date to another (both whole days), and whether it runs today.</summary>
internal sealed record VariantSaleView(Money Price, DateOnly From, DateOnly Until, bool Running);

internal sealed record ProductImageView(Guid ImageId, string Url, string ThumbnailUrl);

/// <summary>A product as its cooperative's people edit it.</summary>
internal sealed record ProductForEditing(
    ProductId ProductId,
    [property: JsonPropertyName(StoredNames.ApiVendorId)] CooperativeId CooperativeId,
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
    IReadOnlyList<LotView> Lots)
{
    /// <summary>What a buyer reading English sees in Vietnamese (see <see cref="EnglishCompleteness"/>).</summary>
    public IReadOnlyList<string> MissingEnglish => EnglishCompleteness.Missing(NameEnglish, DescriptionEnglish);
}

/// <summary>
/// A row of a cooperative's product list. <see cref="MissingEnglish"/> names what a buyer reading
/// English sees in Vietnamese ("name", "description"): the cooperative fills it in for buyers abroad.
/// </summary>
internal sealed record MyProduct(
    ProductId ProductId,
    string Name,
    string Slug,
    ProductState Status,
    bool HiddenByAdmin,
    Money FromPrice,
    int Stock,
    int Variants,
    IReadOnlyList<string> MissingEnglish);

/// <summary>Which of a product's texts lack their English (a blank English text counts as none).</summary>
internal static class EnglishCompleteness
{
    public const string Name = "name";

    public const string Description = "description";

    public static IReadOnlyList<string> Missing(string? nameEnglish, string? descriptionEnglish) =>
        [.. new[] { (Name, nameEnglish), (Description, descriptionEnglish) }.Where(f => string.IsNullOrWhiteSpace(f.Item2)).Select(f => f.Item1)];
}

/// <summary>The products of a cooperative, every state, for its own people.</summary>
internal sealed record ListMyProductsQuery(CooperativeId CooperativeId, UserId ActorId) : IQuery<Result<IReadOnlyList<MyProduct>>>;

internal sealed record GetProductForEditingQuery(ProductId ProductId, UserId ActorId) : IQuery<Result<ProductForEditing>>;

/// <summary>A cooperative's person adds a product, as a draft.</summary>
internal sealed record CreateProductCommand(
    CooperativeId CooperativeId, UserId ActorId, Guid CategoryId, string Name, string? NameEnglish, string Description, string? DescriptionEnglish)
    : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;

internal sealed record EditProductCommand(
    ProductId ProductId, UserId ActorId, Guid CategoryId, string Name, string? NameEnglish, string Description, string? DescriptionEnglish)
    : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;

internal sealed record VolumeTierInput(int MinQuantity, long PriceVnd);

/// <summary>
/// Adds a variant (no <see cref="VariantId"/>) or changes one. Changing one needs the
/// <see cref="Version"/> it was read at: stock sold meanwhile makes the change a 409, not a loss.
/// Every field is the variant's whole new state, but for <see cref="KeepBox"/>.
/// </summary>
internal sealed record SaveVariantCommand(
    ProductId ProductId,
    UserId ActorId,
    VariantId? VariantId,
    Guid? Version,
    string Sku,
    string Unit,
    int? NetWeightGrams,
    long PriceVnd,
    int Stock,
    int MinOrderQuantity,
    IReadOnlyList<VolumeTierInput> Tiers,
    BoxSize? Box) : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>
{
    /// <summary>The variant keeps the box it has (<see cref="Box"/> is not read): an API client that did not name it.</summary>
    public bool KeepBox { get; init; }
}

internal sealed record ChangeProductStatusCommand(ProductId ProductId, UserId ActorId, ProductState Status)
    : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;

/// <summary>A picture of the product (JPEG or PNG), resized with a thumbnail before it is kept.</summary>
internal sealed record AddProductImageCommand(ProductId ProductId, UserId ActorId, UploadedFile Image)
    : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;

internal sealed record RemoveProductImageCommand(ProductId ProductId, UserId ActorId, Guid ImageId)
    : ICommand<Result<ProductForEditing>>, IRunsIn<CatalogTransaction>;

/// <summary>A product picture by its key, while its product is public.</summary>
internal sealed record GetProductImageQuery(string Key) : IQuery<Result<ImageContent>>;

internal sealed record ImageContent(string ContentType, byte[] Content);

internal sealed record ModerationEntryView(
    Guid Id, DateTimeOffset OccurredAt, string ActorName, string Action, ProductId ProductId, string ProductName, string? Reason);

internal sealed record ListModerationQuery : IQuery<IReadOnlyList<ModerationEntryView>>;
