using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Domain;
using Marketplace.Catalog.Features.Lots;
using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Data;

internal static class ProductViews
{
    /// <summary>A product picture's address; a new upload gets a new key, so browsers may keep it for a year.</summary>
    public static string ImageUrl(string key) => $"/api/v1/products/images/{key}";

    public static ProductState State(ProductStatus status) => status switch
    {
        ProductStatus.Published => ProductState.Published,
        ProductStatus.Hidden => ProductState.Hidden,
        _ => ProductState.Draft,
    };

    public static VariantView Variant(Variant v) => new(
        v.Id, v.Sku, v.Unit.Code(), v.NetWeightGrams, Money.Dong(v.PriceVnd), v.Stock, v.MinOrderQuantity,
        v.Tiers.Select(t => new VolumeTierView(t.MinQuantity, Money.Dong(t.PriceVnd))).ToList(), v.Version, v.Box);

    public static ProductImageView Image(ProductImage i) => new(i.Id, ImageUrl(i.Key), ImageUrl(i.ThumbnailKey));

    public static LotView Lot(Lot l) =>
        new(l.Id, l.Code, l.ProducedOn, l.ExpiresOn, l.Commune, l.Province, l.Quantity, l.QuantityUnit.Code(), l.Notes, l.RecalledAt, l.RecallReason);

    public static ProductForEditing ForEditing(Product p, IEnumerable<Lot> lots) => new(
        p.Id, p.CooperativeId, p.CategoryId, p.Name, p.NameEnglish, p.Description, p.DescriptionEnglish, p.Slug, State(p.Status), p.HiddenByAdmin,
        p.ModerationReason,
        p.Variants.OrderBy(v => v.Position).Select(Variant).ToList(),
        p.Images.OrderBy(i => i.Position).Select(Image).ToList(),
        lots.OrderByDescending(l => l.ProducedOn).Select(Lot).ToList());
}
