using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Domain;

/// <summary>
/// An address a product had before it was renamed (its cooperative's slug and its old slug), kept
/// so that a link shared before the rename still reaches it. A product that takes the address since
/// wins: the current names are looked up first.
/// </summary>
internal sealed class ProductFormerSlug
{
    private ProductFormerSlug()
    {
    }

    public ProductFormerSlug(CooperativeId cooperativeId, string slug, ProductId productId)
    {
        CooperativeId = cooperativeId;
        Slug = slug;
        ProductId = productId;
    }

    public CooperativeId CooperativeId { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public ProductId ProductId { get; set; }
}
