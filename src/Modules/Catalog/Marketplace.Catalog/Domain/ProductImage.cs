using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Domain;

/// <summary>A product picture, kept resized (1200 px) with a thumbnail (400 × 400) for cards.</summary>
internal sealed class ProductImage
{
    private ProductImage()
    {
    }

    public ProductImage(Guid id, ProductId productId, string key, string thumbnailKey, int position)
    {
        Id = id;
        ProductId = productId;
        Key = key;
        ThumbnailKey = thumbnailKey;
        Position = position;
    }

    public Guid Id { get; private set; }

    public ProductId ProductId { get; private set; }

    public string Key { get; private set; } = string.Empty;

    public string ThumbnailKey { get; private set; } = string.Empty;

    public int Position { get; private set; }
}
