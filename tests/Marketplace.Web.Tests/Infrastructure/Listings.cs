using System.Net.Http.Json;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>A product on sale, with one variant, made by a test for itself.</summary>
public sealed record TestListing(TestCooperative Cooperative, ProductId ProductId, VariantId VariantId, string Sku, string Name, long PriceVnd);

/// <summary>
/// Builds what a test sells through the API, as a cooperative would: an approved cooperative of its
/// own (or one given), its shipping terms, a product and its variant, published. Each test so has
/// its own prices, stock and delivery fees, and no test leans on the demo catalogue or changes
/// what another test reads.
/// </summary>
public sealed class ListingBuilder(MarketplaceFactory factory)
{
    private TestCooperative? _cooperative;
    private string _name = "Trà Shan Tuyết " + Guid.NewGuid().ToString("N")[..6];
    private long _priceVnd = 100_000;
    private int _stock = 100;
    private string _unit = "bag";
    private int? _gramsPerUnit = 500;
    private int _minimumOrder = 1;
    private (int From, long PriceVnd)[] _tiers = [];
    private (long FeeVnd, long? FreeFromVnd)? _shipping;
    private string? _categorySlug;
    private string? _description;

    public ListingBuilder Named(string name)
    {
        _name = name;
        return this;
    }

    /// <summary>The description (by default the name and the cooperative's name).</summary>
    public ListingBuilder Described(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>The category, by its slug (the first category when not given).</summary>
    public ListingBuilder InCategory(string slug)
    {
        _categorySlug = slug;
        return this;
    }

    public ListingBuilder Priced(long priceVnd, params (int From, long PriceVnd)[] tiers)
    {
        _priceVnd = priceVnd;
        _tiers = tiers;
        return this;
    }

    public ListingBuilder WithStock(int stock)
    {
        _stock = stock;
        return this;
    }

    /// <summary>The sale unit and its net weight (null when the unit is not weighed, or is the kilogram).</summary>
    public ListingBuilder SoldPer(string unit, int? gramsPerUnit)
    {
        _unit = unit;
        _gramsPerUnit = gramsPerUnit;
        return this;
    }

    public ListingBuilder WithMinimumOrder(int quantity)
    {
        _minimumOrder = quantity;
        return this;
    }

    /// <summary>The cooperative's delivery fee per order part, free from a part total when given.</summary>
    public ListingBuilder ShippedFor(long feeVnd, long? freeFromVnd = null)
    {
        _shipping = (feeVnd, freeFromVnd);
        return this;
    }

    /// <summary>Another product of a cooperative a test already has (its shipping terms are left alone).</summary>
    public ListingBuilder SoldBy(TestCooperative cooperative)
    {
        _cooperative = cooperative;
        return this;
    }

    public async Task<TestListing> BuildAsync()
    {
        var cooperative = _cooperative ?? await factory.ApprovedCooperativeAsync();
        var owner = cooperative.Owner;
        if (_shipping is { } shipping)
        {
            var terms = new { feeVnd = shipping.FeeVnd, freeFromVnd = shipping.FreeFromVnd };
            (await owner.PutAsJsonAsync($"/api/v1/cooperatives/{cooperative.Id}/storefront/shipping", terms)).EnsureSuccessStatusCode();
        }

        var category = await factory.CategoryIdAsync(_categorySlug);
        using var created = await owner.PostAsJsonAsync(
            $"/api/v1/cooperatives/{cooperative.Id}/products",
            new { categoryId = category, name = _name, description = _description ?? $"{_name} của {cooperative.Name}." });
        created.EnsureSuccessStatusCode();
        var productId = ProductId.From((await created.JsonAsync()).GetProperty("productId").GetGuid());

        var sku = "T-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var variant = new
        {
            sku,
            unit = _unit,
            netWeightGrams = _gramsPerUnit,
            priceVnd = _priceVnd,
            stock = _stock,
            minOrderQuantity = _minimumOrder,
            tiers = _tiers.Select(t => new { minQuantity = t.From, priceVnd = t.PriceVnd }).ToArray(),
        };
        (await owner.PostAsJsonAsync($"/api/v1/cooperatives/products/{productId}/variants", variant)).EnsureSuccessStatusCode();
        (await owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{productId}/status", new { status = "Published" })).EnsureSuccessStatusCode();

        await using var scope = factory.CreateScope();
        var variantId = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Variants
            .Where(v => v.Sku == sku).Select(v => v.Id).SingleAsync();
        return new TestListing(cooperative, productId, variantId, sku, _name, _priceVnd);
    }
}

public static class Listings
{
    public static ListingBuilder Listing(this MarketplaceFactory factory) => new(factory);

    /// <summary>A category's id by its slug, as the public API lists them (the first category when no slug is given).</summary>
    public static async Task<Guid> CategoryIdAsync(this MarketplaceFactory factory, string? slug = null)
    {
        var categories = (await (await factory.CreateClient().GetAsync("/api/v1/categories")).JsonAsync()).EnumerateArray();
        var category = slug is null ? categories.First() : categories.Single(c => c.GetProperty("slug").GetString() == slug);
        return category.GetProperty("categoryId").GetGuid();
    }

    /// <summary>The variant's stock as the catalogue has it now.</summary>
    public static async Task<int> StockAsync(this MarketplaceFactory factory, TestListing listing)
    {
        await using var scope = factory.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Variants
            .Where(v => v.Id == listing.VariantId).Select(v => v.Stock).SingleAsync();
    }

    /// <summary>
    /// Sets the listing's bag (500 g) to a price and stock through the cooperative's API, as its
    /// staff would, on the version the catalog has now; the answer is the API's.
    /// </summary>
    public static async Task<HttpResponseMessage> RepriceAsync(this HttpClient owner, Guid productId, Guid variantId, string sku, long priceVnd, int stock)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var product = await (await owner.GetAsync($"/api/v1/cooperatives/products/{productId}")).JsonAsync();
        var variant = product.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("sku").GetString() == sku);
        return await owner.PutAsJsonAsync($"/api/v1/cooperatives/products/{productId}/variants/{variantId}", new
        {
            version = variant.GetProperty("version").GetGuid(),
            sku,
            unit = "bag",
            netWeightGrams = 500,
            priceVnd,
            stock,
            minOrderQuantity = 1,
            tiers = Array.Empty<object>(),
        });
    }
}
