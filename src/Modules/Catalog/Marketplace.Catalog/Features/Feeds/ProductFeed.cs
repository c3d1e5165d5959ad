using System.Globalization;
using System.Text;
using System.Xml;
using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Feeds;

/// <summary>
/// The catalog as a product feed for other channels: Google Merchant Center's RSS 2.0 with its
/// <c>g:</c> fields, which Meta's catalogs (Facebook and Instagram shops) read as they are. One item
/// per variant of each public product (the SKU its id, the product its group), priced in đồng, with
/// a sale's price and its days while the sale runs or is to come. A product without a picture is
/// left out: both channels refuse an item without one. Written as it is read, a few hundred products
/// at a time, so a catalog of any size costs the same memory.
/// </summary>
internal sealed class ProductFeedWriter(CatalogDbContext db, PublicSite site, UnitLabels units, TimeProvider clock)
{
    public const string Google = "http://base.google.com/ns/1.0";

    private const int Batch = 500;

    public async Task WriteAsync(Stream body, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var categories = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id, cancellationToken);
        var sellers = await db.Sellers.AsNoTracking().ToDictionaryAsync(s => s.CooperativeId, s => s.Name, cancellationToken);
        var settings = new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) };
        await using var xml = XmlWriter.Create(body, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "rss", null);
        await xml.WriteAttributeStringAsync(null, "version", null, "2.0");
        await xml.WriteAttributeStringAsync("xmlns", "g", null, Google);
        await xml.WriteStartElementAsync(null, "channel", null);
        await xml.WriteElementStringAsync(null, "title", null, "Chợ HTX");
        await xml.WriteElementStringAsync(null, "link", null, site.Link("/"));
        await xml.WriteElementStringAsync(null, "description", null, "Sản phẩm của các hợp tác xã trong Liên minh HTX");

        // The ids first, then their products a batch at a time: a product published or hidden while the
        // feed is written moves no other one from its batch (paging by offset would skip or repeat one).
        var ids = await db.Public().OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var batch in ids.Chunk(Batch))
        {
            var products = await db.Public().AsNoTracking().Include(p => p.Variants).Include(p => p.Images).AsSplitQuery()
                .Where(p => batch.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(cancellationToken);
            foreach (var product in products.Where(p => p.Images.Count > 0))
            {
                foreach (var variant in product.Variants.OrderBy(v => v.Position))
                {
                    await ItemAsync(xml, product, variant, categories, sellers.GetValueOrDefault(product.CooperativeId, string.Empty), today);
                }
            }

            await xml.FlushAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
    }

    private async Task ItemAsync(
        XmlWriter xml, Product product, Variant variant, Dictionary<Guid, Category> categories, string seller, DateOnly today)
    {
        await xml.WriteStartElementAsync(null, "item", null);
        await Field(xml, "id", variant.Sku);
        if (product.Variants.Count > 1)
        {
            await Field(xml, "item_group_id", product.Id.Value.ToString());
        }

        await Field(xml, "title", Cut($"{product.Name} – {units.Label(variant.Unit.Code(), variant.NetWeightGrams)}", 150));
        // Both channels refuse an item without a description; a product may be published without one.
        await Field(xml, "description", Cut(product.Description.Length > 0 ? product.Description : $"{product.Name} – {seller}", 5000));
        await Field(xml, "link", site.Link(ProductSummary.PathOf(product.VendorSlug, product.Slug, product.Id)));
        var images = product.Images.OrderBy(i => i.Position).Select(i => site.Link(ProductViews.ImageUrl(i.Key))).ToList();
        await Field(xml, "image_link", images[0]);
        foreach (var more in images.Skip(1).Take(10))
        {
            await Field(xml, "additional_image_link", more);
        }

        await Field(xml, "availability", variant.Stock > 0 ? "in_stock" : "out_of_stock");
        await Field(xml, "price", Vnd(variant.PriceVnd));
        if (variant is { SalePriceVnd: { } sale, SaleFrom: { } from, SaleUntil: { } until } && sale < variant.PriceVnd && until >= today)
        {
            // The channels' form: an ISO 8601 interval, its end the midnight after the sale's last day, in Vietnam's time.
            await Field(xml, "sale_price", Vnd(sale));
            await Field(xml, "sale_price_effective_date", $"{Instant(from)}/{Instant(until.AddDays(1))}");
        }

        await Field(xml, "brand", seller);
        await Field(xml, "condition", "new");
        await Field(xml, "identifier_exists", "no"); // cooperatives' own goods carry no GTIN
        await Field(xml, "product_type", Path(categories, product.CategoryId));
        if ((variant.NetWeightGrams ?? variant.Unit.Grams()) is { } grams)
        {
            await Field(xml, "shipping_weight", $"{grams} g");
        }

        await xml.WriteEndElementAsync();
    }

    /// <summary>A field, without the characters XML cannot hold (a control character pasted into a description would end the whole feed).</summary>
    private static Task Field(XmlWriter xml, string name, string value) => xml.WriteElementStringAsync("g", name, Google, Writable(value));

    private static string Writable(string text)
    {
        StringBuilder? kept = null;
        for (var i = 0; i < text.Length; i++)
        {
            var pair = i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
            if (pair || XmlConvert.IsXmlChar(text[i]))
            {
                kept?.Append(text, i, pair ? 2 : 1);
                i += pair ? 1 : 0;
            }
            else
            {
                kept ??= new StringBuilder(text, 0, i, text.Length);
            }
        }

        return kept?.ToString() ?? text;
    }

    private static string Vnd(long amount) => amount.ToString(CultureInfo.InvariantCulture) + " VND";

    /// <summary>Midnight starting the day in Vietnam, as Google writes its examples ("2026-12-05T00:00+0700").</summary>
    private static string Instant(DateOnly day) =>
        VietnamTime.StartOf(day).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) + "+0700";

    /// <summary>At most <paramref name="length"/> characters, never cutting a character written as two (an emoji) in half.</summary>
    private static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }

        var end = length - 1;
        if (char.IsHighSurrogate(text[end - 1]))
        {
            end--;
        }

        return text[..end].TrimEnd() + "…";
    }

    /// <summary>"Trà > Trà xanh": the category and those above it, as the channels' product_type is written.</summary>
    private static string Path(Dictionary<Guid, Category> categories, Guid categoryId)
    {
        var names = new List<string>();
        var at = categories.GetValueOrDefault(categoryId);
        while (at is not null && names.Count < 10)
        {
            names.Insert(0, at.Name);
            at = at.ParentId is { } up ? categories.GetValueOrDefault(up) : null;
        }

        return string.Join(" > ", names);
    }
}

internal static class ProductFeedEndpoints
{
    /// <summary>One feed, at the two addresses each channel's setup asks for.</summary>
    public static IEndpointRouteBuilder MapProductFeeds(this IEndpointRouteBuilder site)
    {
        foreach (var path in new[] { "/feeds/google-merchant.xml", "/feeds/meta-catalog.xml" })
        {
            site.MapGet(path, async (HttpContext http, ProductFeedWriter feed, CancellationToken cancellationToken) =>
                {
                    http.Response.ContentType = "application/xml; charset=utf-8";
                    await feed.WriteAsync(http.Response.Body, cancellationToken);
                })
                .ExcludeFromDescription();
        }

        return site;
    }
}
