using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;

namespace Marketplace.Catalog.Domain;

/// <summary>
/// Something a cooperative sells, in one or more variants (units and prices). Shoppers see it
/// only while it is published, not hidden by an admin, and its cooperative may sell.
/// </summary>
internal sealed class Product
{
    private readonly List<Variant> _variants = [];
    private readonly List<ProductImage> _images = [];

    private Product()
    {
    }

    public ProductId Id { get; private set; }

    public CooperativeId CooperativeId { get; private set; }

    public Guid CategoryId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public string? NameEnglish { get; private set; }

    public string Slug { get; private set; } = string.Empty;

    public string Description { get; private set; } = string.Empty;

    public string? DescriptionEnglish { get; private set; }

    /// <summary>Name and descriptions folded (no diacritics, đ as d, lower case): what search matches against.</summary>
    public string SearchText { get; private set; } = string.Empty;

    /// <summary>
    /// What names it, folded: its names, its category's and the parents' names (both languages),
    /// its cooperative's name. Search finds it by those words too, and weighs them above the
    /// descriptions'. Kept by the catalog's context on every save (<see cref="Data.SearchNames"/>).
    /// </summary>
    public string SearchName { get; private set; } = string.Empty;

    /// <summary>The column's length (<see cref="SearchName"/>).</summary>
    public const int SearchNameLength = 1000;

    public ProductStatus Status { get; private set; }

    /// <summary>The cooperative's province and storefront slug, copied here so search filters without a join.</summary>
    public string Province { get; private set; } = string.Empty;

    public string VendorSlug { get; private set; } = string.Empty;

    /// <summary>Whether the cooperative may sell (approved, not suspended), kept in step with <see cref="Seller"/>.</summary>
    public bool SellerActive { get; private set; }

    /// <summary>An admin took it off the public site; only an admin puts it back.</summary>
    public bool HiddenByAdmin { get; private set; }

    public string? ModerationReason { get; private set; }

    /// <summary>The lowest variant price: what listings show ("from …") and filter and sort by.</summary>
    public long FromPriceVnd { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid Version { get; private set; }

    public IReadOnlyList<Variant> Variants => _variants;

    public IReadOnlyList<ProductImage> Images => _images;

    public bool IsPublic => Status == ProductStatus.Published && !HiddenByAdmin && SellerActive;

    public static Product Create(ProductId id, Seller seller, ProductText text, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(seller);
        ArgumentNullException.ThrowIfNull(text);
        var product = new Product
        {
            Id = id,
            CooperativeId = seller.CooperativeId,
            Province = seller.Province,
            VendorSlug = seller.Slug,
            SellerActive = seller.Sells,
            Status = ProductStatus.Draft,
            CreatedAt = now,
        };
        product.Describe(text);
        return product;
    }

    public void Describe(ProductText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        CategoryId = text.CategoryId;
        Name = text.Name;

        // A blank English text is none: a buyer reading English then sees the Vietnamese, never nothing.
        NameEnglish = string.IsNullOrWhiteSpace(text.NameEnglish) ? null : text.NameEnglish.Trim();
        Slug = VietnameseText.Slugify(text.Name);
        Description = text.Description;
        DescriptionEnglish = string.IsNullOrWhiteSpace(text.DescriptionEnglish) ? null : text.DescriptionEnglish.Trim();
        SearchText = VietnameseText.Fold(string.Join(' ', text.Name, text.NameEnglish, text.Description, text.DescriptionEnglish));
        Touch();
    }

    /// <summary>Names it for search with its category's and its cooperative's names (<paramref name="labels"/>).</summary>
    public void NameForSearch(string labels)
    {
        var named = VietnameseText.Fold(string.Join(' ', Name, NameEnglish, labels)).Trim();
        if (named.Length > SearchNameLength)
        {
            // Cut at a word: long names under a deep category would not fit the column.
            var cut = named.LastIndexOf(' ', SearchNameLength);
            named = named[..(cut > 0 ? cut : SearchNameLength)];
        }

        // Never empty: empty is what marks a product not yet named (SearchNamesUpgrade).
        SearchName = named.Length > 0 ? named : "-";
    }

    public Variant AddVariant(VariantId id, VariantTerms terms)
    {
        var variant = new Variant(id, Id, terms, _variants.Count);
        _variants.Add(variant);
        RecomputeFromPrice();
        return variant;
    }

    public void RecomputeFromPrice()
    {
        FromPriceVnd = _variants.Count == 0 ? 0 : _variants.Min(v => v.PriceVnd);
        Touch();
    }

    public void AddImage(ProductImage image) => _images.Add(image);

    public ProductImage? RemoveImage(Guid imageId)
    {
        var image = _images.Find(i => i.Id == imageId);
        if (image is not null)
        {
            _images.Remove(image);
        }

        return image;
    }

    /// <summary>Draft, published or hidden, as its cooperative chooses; publishing needs a variant to sell.</summary>
    public Result<bool> ChangeStatus(ProductStatus status, DateTimeOffset now)
    {
        if (status == ProductStatus.Published && _variants.Count == 0)
        {
            return Error.Rule("product.no_variant", Bilingual.Pick(
                "Hãy thêm ít nhất một quy cách (đơn vị, giá, tồn kho) trước khi đăng bán.",
                "Add at least one variant (unit, price, stock) before publishing."));
        }

        var firstPublication = status == ProductStatus.Published && PublishedAt is null;
        if (status == ProductStatus.Published)
        {
            PublishedAt ??= now;
        }

        Status = status;
        Touch();
        return firstPublication;
    }

    /// <summary>An admin's moderation: hide with a reason, or restore.</summary>
    public Result<bool> Moderate(bool hide, string? reason)
    {
        if (hide == HiddenByAdmin)
        {
            return Error.Rule("product.moderation_unchanged", hide
                ? Bilingual.Pick("Sản phẩm đã bị ẩn rồi.", "The product is already hidden.")
                : Bilingual.Pick("Sản phẩm không bị ẩn.", "The product is not hidden."));
        }

        HiddenByAdmin = hide;
        ModerationReason = hide ? reason : null;
        Touch();
        return hide;
    }

    private void Touch() => Version = Guid.NewGuid();
}

/// <summary>A product's texts and category, checked and trimmed.</summary>
internal sealed record ProductText(Guid CategoryId, string Name, string? NameEnglish, string Description, string? DescriptionEnglish);
