using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;

namespace Marketplace.Catalog.Tests;

public sealed class ProductTests
{
    private static ProductDraft Draft(long price = 350_000, int stock = 10) =>
        new("Trà Shan Tuyết cổ thụ", "Ancient-tree Shan Tuyet tea", "Trà", SaleUnit.Box, 200, price, stock);

    [Fact]
    public void Create_FoldsTheNameForSearchAndSlug()
    {
        var product = Product.Create(Guid.NewGuid(), Guid.NewGuid(), Draft(), DateTimeOffset.UtcNow);
        Assert.Equal("tra shan tuyet co thu", product.SearchName);
        Assert.Equal("tra-shan-tuyet-co-thu", product.Slug);
        Assert.Equal(350_000, product.Price.Amount);
        Assert.Equal("VND", product.Price.Currency);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-1, 1)]
    [InlineData(1000, -1)]
    public void Create_RejectsNonPositivePricesAndNegativeStock(long price, int stock) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Product.Create(Guid.NewGuid(), Guid.NewGuid(), Draft(price, stock), DateTimeOffset.UtcNow));

    [Fact]
    public void DemoProducts_HaveWholeDongPricesAndUniqueNamesPerCooperative()
    {
        Assert.Equal(7, DemoProducts.BySlug.Count);
        Assert.All(DemoProducts.BySlug.Values, products =>
        {
            Assert.Equal(products.Length, products.Select(p => p.Name).Distinct().Count());
            Assert.All(products, p => Assert.True(p.Price > 0 && p.Price % 1000 == 0));
        });
    }
}
