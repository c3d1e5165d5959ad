using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;

namespace Marketplace.Catalog.Tests;

public sealed class ProductTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static Product Tea() =>
        Product.Create(
            ProductId.New(),
            new Seller(CooperativeId.New(), "HTX Suối Giàng", "htx-suoi-giang", "Lào Cai", Now),
            new ProductText(Guid.NewGuid(), "Trà Shan Tuyết cổ thụ", "Ancient-tree Shan Tuyet tea", "Đặc sản Suối Giàng", null),
            Now);

    private static VariantTerms Box(long price = 350_000, int stock = 10, params VolumeTier[] tiers) =>
        new("SG-STCT-200", SaleUnit.Box, 200, price, stock, 1, tiers);

    [Fact]
    public void Create_FoldsNameAndDescriptionForSearch_AndStartsAsADraft()
    {
        var product = Tea();
        Assert.Equal("tra-shan-tuyet-co-thu", product.Slug);
        Assert.Equal("tra shan tuyet co thu ancient-tree shan tuyet tea dac san suoi giang", product.SearchText);
        Assert.Equal(ProductStatus.Draft, product.Status);
        Assert.False(product.IsPublic);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(1000, -1)]
    public void AVariant_RefusesNonPositivePricesAndNegativeStock(long price, int stock) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Tea().AddVariant(VariantId.New(), Box(price, stock)));

    [Fact]
    public void Publishing_NeedsAVariant_AndTheFirstPublicationIsReportedOnce()
    {
        var product = Tea();
        Assert.Equal("product.no_variant", product.ChangeStatus(ProductStatus.Published, Now).Error!.Code);

        product.AddVariant(VariantId.New(), Box());
        Assert.True(product.ChangeStatus(ProductStatus.Published, Now).Value);
        Assert.True(product.IsPublic);
        product.ChangeStatus(ProductStatus.Hidden, Now);
        Assert.False(product.ChangeStatus(ProductStatus.Published, Now).Value);
    }

    [Fact]
    public void TheFromPrice_IsTheCheapestVariant()
    {
        var product = Tea();
        product.AddVariant(VariantId.New(), Box(350_000));
        product.AddVariant(VariantId.New(), Box(180_000) with { Sku = "SG-100" });
        Assert.Equal(180_000, product.FromPriceVnd);
    }

    [Theory]
    [InlineData(1, 350_000)]
    [InlineData(9, 350_000)]
    [InlineData(10, 330_000)]
    [InlineData(49, 330_000)]
    [InlineData(50, 300_000)]
    [InlineData(5000, 300_000)]
    public void AVariant_PricesAQuantityAtTheTierItReaches(int quantity, long unitPrice)
    {
        var variant = Tea().AddVariant(VariantId.New(), Box(350_000, 100, new VolumeTier(50, 300_000), new VolumeTier(10, 330_000)));
        Assert.Equal(unitPrice, variant.PriceFor(quantity));
    }

    [Fact]
    public void Moderation_HidesWithAReason_AndRestoring_WhatIsNotHidden_IsRefused()
    {
        var product = Tea();
        product.AddVariant(VariantId.New(), Box());
        product.ChangeStatus(ProductStatus.Published, Now);

        Assert.True(product.Moderate(hide: true, "Ảnh không đúng sản phẩm").IsSuccess);
        Assert.False(product.IsPublic);
        Assert.Equal("product.moderation_unchanged", product.Moderate(hide: true, "lần nữa").Error!.Code);
        Assert.True(product.Moderate(hide: false, null).IsSuccess);
        Assert.True(product.IsPublic);
        Assert.Null(product.ModerationReason);
    }

    [Fact]
    public void DemoProducts_HaveWholeDongPrices_UniqueSkus_TiersBelowTheListPrice_AndKnownCategories()
    {
        Assert.Equal(7, DemoProducts.BySlug.Count);
        var categories = DemoCategories.All.Select(c => c.Slug).ToHashSet();
        var variants = DemoProducts.BySlug.Values.SelectMany(p => p).SelectMany(p => p.Variants).ToList();
        Assert.Equal(variants.Count, variants.Select(v => v.Sku).Distinct().Count());
        Assert.All(variants, v =>
        {
            Assert.True(v.Price > 0 && v.Price % 1000 == 0, v.Sku);
            Assert.All(v.Tiers, t => Assert.True(t.Price < v.Price, v.Sku));
        });
        Assert.All(DemoProducts.BySlug.Values.SelectMany(p => p), p => Assert.Contains(p.Category, categories));
    }
}
