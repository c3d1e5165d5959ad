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

    /// <summary>A variant as its cooperative edits it: its list price and tiers, and its sale, past, running or to come.</summary>
    public static VariantView Variant(Variant v, DateOnly today) => new(
        v.Id, v.Sku, v.Unit.Code(), v.NetWeightGrams, Money.Dong(v.PriceVnd), v.Stock, v.MinOrderQuantity, Tiers(v.Tiers), v.Version, v.Box,
        v is { SalePriceVnd: { } sale, SaleFrom: { } from, SaleUntil: { } until } ? new VariantSaleView(Money.Dong(sale), from, until, v.OnSale(today)) : null);

    /// <summary>A variant as the public sees it today: its sale only while it runs, and only the tiers below the price it sells at.</summary>
    public static VariantView PublicVariant(Variant v, DateOnly today) =>
        Variant(v, today) is var view && view.Sale is { Running: true }
            ? view with { Tiers = Tiers(v.TiersOn(today)) }
            : view with { Sale = null };

    private static List<VolumeTierView> Tiers(IEnumerable<VolumeTier> tiers) =>
        tiers.Select(t => new VolumeTierView(t.MinQuantity, Money.Dong(t.PriceVnd))).ToList();

    public static ProductImageView Image(ProductImage i) => new(i.Id, ImageUrl(i.Key), ImageUrl(i.ThumbnailKey));

    public static LotView Lot(Lot l) =>
        new(l.Id, l.Code, l.ProducedOn, l.ExpiresOn, l.Commune, l.Province, l.Quantity, l.QuantityUnit.Code(), l.Notes, l.RecalledAt, l.RecallReason);

    public static ProductForEditing ForEditing(Product p, IEnumerable<Lot> lots, DateOnly today) => new(
        p.Id, p.CooperativeId, p.CategoryId, p.Name, p.NameEnglish, p.Description, p.DescriptionEnglish, p.Slug, State(p.Status), p.HiddenByAdmin,
        p.ModerationReason,
        p.Variants.OrderBy(v => v.Position).Select(v => Variant(v, today)).ToList(),
        p.Images.OrderBy(i => i.Position).Select(Image).ToList(),
        lots.OrderByDescending(l => l.ProducedOn).Select(Lot).ToList());
}
