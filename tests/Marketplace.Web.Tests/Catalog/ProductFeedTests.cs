using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Marketplace.Web.Tests.Infrastructure;

namespace Marketplace.Web.Tests.Catalog;

/// <summary>
/// The product feed, parsed back and checked against the fields each channel documents as required:
/// Google Merchant Center (id, title, description, link, image_link, availability, price, and brand or
/// identifier_exists for goods without a GTIN, condition) and Meta's catalogs (id, title, description,
/// availability, condition, price, link, image_link, brand). A running sale is sent with its days; a
/// draft is not sent.
/// </summary>
public sealed class ProductFeedTests(MarketplaceFactory factory) : IClassFixture<MarketplaceFactory>
{
    private static readonly XNamespace G = "http://base.google.com/ns/1.0";

    private static readonly string[] GoogleRequired = ["id", "title", "description", "link", "image_link", "availability", "price", "condition", "brand"];

    private static readonly string[] MetaRequired = ["id", "title", "description", "availability", "condition", "price", "link", "image_link", "brand"];

    [Theory]
    [InlineData("/feeds/google-merchant.xml")]
    [InlineData("/feeds/meta-catalog.xml")]
    public async Task TheFeed_HoldsEveryVariantOnSale_WithEachChannelsRequiredFields(string address)
    {
        using var response = await factory.CreateClient().GetAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", feed.Root!.Attribute("version")?.Value);
        var items = feed.Root.Element("channel")!.Elements("item").ToList();
        Assert.True(items.Count >= 20, $"{items.Count} items");

        string Field(XElement item, string name) => item.Element(G + name)?.Value ?? string.Empty;
        foreach (var item in items)
        {
            foreach (var field in GoogleRequired.Union(MetaRequired))
            {
                Assert.False(string.IsNullOrWhiteSpace(Field(item, field)), $"{Field(item, "id")} has no {field}");
            }

            Assert.Matches("^[1-9][0-9]* VND$", Field(item, "price"));
            Assert.Contains(Field(item, "availability"), new[] { "in_stock", "out_of_stock" });
            Assert.Equal("new", Field(item, "condition"));
            Assert.Equal("no", Field(item, "identifier_exists"));
            Assert.True(Uri.TryCreate(Field(item, "link"), UriKind.Absolute, out _) && Uri.TryCreate(Field(item, "image_link"), UriKind.Absolute, out _));
            Assert.InRange(Field(item, "title").Length, 1, 150);
            Assert.InRange(Field(item, "description").Length, 1, 5000);
        }

        Assert.Equal(items.Count, items.Select(i => Field(i, "id")).Distinct().Count()); // an id names one item

        // The demo OCOP week's kernels: the sale's price, from its first day's midnight to the midnight after its last, Vietnam time.
        var kernels = items.Single(i => Field(i, "id") == "TP-NMC-500");
        Assert.Equal("320000 VND", Field(kernels, "price"));
        Assert.Equal("279000 VND", Field(kernels, "sale_price"));
        Assert.Matches(new Regex(@"^\d{4}-\d\d-\d\dT00:00\+0700/\d{4}-\d\d-\d\dT00:00\+0700$"), Field(kernels, "sale_price_effective_date"));
        Assert.Equal("Hạt", Field(kernels, "product_type"));
        Assert.Equal("500 g", Field(kernels, "shipping_weight"));

        // A product of several packs: each pack an item, grouped by the product.
        var tea = items.Where(i => Field(i, "id").StartsWith("SG-STCT-", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, tea.Count);
        Assert.Single(tea.Select(i => Field(i, "item_group_id")).Distinct());
        Assert.Equal("Trà > Trà xanh", Field(tea[0], "product_type"));
    }

    [Fact]
    public async Task AHiddenProduct_IsNotSent_AndACharacterXmlCannotHold_DoesNotEndTheFeed()
    {
        // A description pasted with a control character and an emoji, and a picture: it is sent, cleaned.
        var tea = await factory.Listing().Named("Trà hoa vàng " + Guid.NewGuid().ToString("N")[..6])
            .Described("Trà hoa vàng\u000b hái tay 🍵 ngon.").BuildAsync();
        await tea.Cooperative.Owner.AddPictureAsync(tea.ProductId);

        // A published product with a picture, hidden by an admin: not sent.
        var hidden = await factory.Listing().Named("Trà bị ẩn " + Guid.NewGuid().ToString("N")[..6]).BuildAsync();
        await hidden.Cooperative.Owner.AddPictureAsync(hidden.ProductId);
        Assert.Contains(hidden.Sku, await FeedAsync());
        using (var admin = await factory.AdminAsync())
        {
            (await admin.PostAsJsonAsync($"/api/v1/admin/products/{hidden.ProductId}/moderation", new { hide = true, reason = "Ảnh không đúng sản phẩm." }))
                .EnsureSuccessStatusCode();
        }

        var text = await FeedAsync();
        var items = XDocument.Parse(text).Root!.Element("channel")!.Elements("item").ToList();
        var sent = items.Single(i => i.Element(G + "id")!.Value == tea.Sku);
        Assert.Equal("Trà hoa vàng hái tay 🍵 ngon.", sent.Element(G + "description")!.Value);
        Assert.DoesNotContain(items, i => i.Element(G + "id")!.Value == hidden.Sku);
    }

    private async Task<string> FeedAsync() => await factory.CreateClient().GetStringAsync("/feeds/google-merchant.xml");
}
