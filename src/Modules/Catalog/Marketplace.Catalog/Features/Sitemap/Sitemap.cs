using System.Globalization;
using System.Text;
using System.Xml;
using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.Sitemap;

/// <summary>
/// The sitemap (sitemaps.org protocol 0.9): an index naming one file of the marketplace's pages
/// (home, the catalog and its categories, the campaigns running or soon to, every storefront) and one file per
/// <see cref="SitemapHandler.ProductsPerFile"/> public products, so a catalog of any size stays within the
/// protocol's 50,000 addresses a file. Addresses are absolute from Site:PublicBaseUrl.
/// </summary>
internal sealed record GetSitemapQuery(string? File) : IQuery<Result<string>>;

internal sealed class SitemapHandler(CatalogDbContext db, ISender sender, PublicSite site) : IQueryHandler<GetSitemapQuery, Result<string>>
{
    /// <summary>Well under the protocol's 50,000: a file is read in one query and written in well under a second.</summary>
    public const int ProductsPerFile = 10_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly string[] PagesFile = ["pages"];

    private static readonly string[] Always = ["/", "/products"];

    public async ValueTask<Result<string>> Handle(GetSitemapQuery query, CancellationToken cancellationToken)
    {
        if (query.File is null)
        {
            var files = (int)Math.Ceiling(await db.Public().CountAsync(cancellationToken) / (double)ProductsPerFile);
            return Write("sitemapindex", xml =>
            {
                foreach (var name in PagesFile.Concat(Enumerable.Range(1, files).Select(n => $"products-{n}")))
                {
                    xml.WriteStartElement("sitemap", Namespace);
                    xml.WriteElementString("loc", Namespace, site.Link($"/sitemaps/{name}.xml"));
                    xml.WriteEndElement();
                }
            });
        }

        if (query.File == "pages")
        {
            // Only categories with a public product: an empty one's page asks not to be listed.
            var stocked = await db.Public().Select(p => p.CategoryId).Distinct().ToListAsync(cancellationToken);
            var categories = (await sender.Send(new ListCategoriesQuery(), cancellationToken)).Where(c => stocked.Contains(c.CategoryId));
            var storefronts = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
            var campaigns = await sender.Send(new Campaigns.ListCurrentCampaignsQuery(), cancellationToken);
            var paths = Always
                .Concat(campaigns.Select(c => $"/campaigns/{Uri.EscapeDataString(c.Slug)}"))
                .Concat(categories.Select(c => $"/products?category={Uri.EscapeDataString(c.Slug)}"))
                .Concat(storefronts.Select(s => $"/storefronts/{Uri.EscapeDataString(s.Slug)}"));
            return Write("urlset", xml =>
            {
                foreach (var path in paths)
                {
                    Url(xml, path);
                }
            });
        }

        if (query.File is { } file && file.StartsWith("products-", StringComparison.Ordinal)
            && int.TryParse(file.AsSpan("products-".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 10_000)
        {
            var products = await db.Public().AsNoTracking()
                .OrderBy(p => p.Id)
                .Skip((number - 1) * ProductsPerFile)
                .Take(ProductsPerFile)
                .Select(p => new { p.Id, p.VendorSlug, p.Slug })
                .ToListAsync(cancellationToken);
            if (products.Count > 0 || number == 1)
            {
                return Write("urlset", xml =>
                {
                    foreach (var product in products)
                    {
                        Url(xml, ProductSummary.PathOf(product.VendorSlug, product.Slug, product.Id));
                    }
                });
            }
        }

        return Error.NotFound("sitemap.not_found", Bilingual.Pick("Không có tệp sơ đồ trang này.", "No such sitemap file."));
    }

    /// <summary>An address, without lastmod: a product keeps no date of its last edit, and a wrong one teaches crawlers to ignore it.</summary>
    private void Url(XmlWriter xml, string path)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, site.Link(path));
        xml.WriteEndElement();
    }

    private static string Write(string root, Action<XmlWriter> body)
    {
        // Into bytes, not a StringBuilder: a writer into a string declares the document UTF-16.
        using var bytes = new MemoryStream();
        using (var xml = XmlWriter.Create(bytes, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            body(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }
}

/// <summary>
/// <c>/robots.txt</c> and the sitemap, at the site's root where crawlers look for them. The
/// robots file keeps crawlers out of what is a person's own (carts, orders, accounts) or the
/// admins' and cooperatives' desks, and lets them fetch the products' and storefronts' pictures.
/// </summary>
internal static class SitemapEndpoints
{
    private static readonly string[] Private =
        ["/api/", "/admin", "/account", "/cart", "/orders", "/business", "/cooperatives/", "/documents/", "/certificates/", "/notices", "/language"];

    public static IEndpointRouteBuilder MapSitemap(this IEndpointRouteBuilder site)
    {
        site.MapGet("/robots.txt", (PublicSite publicSite) => Results.Text(Robots(publicSite), "text/plain; charset=utf-8"))
            .ExcludeFromDescription();
        site.MapGet("/sitemap.xml", async (ISender sender, CancellationToken cancellationToken) =>
                Xml(await sender.Send(new GetSitemapQuery(null), cancellationToken)))
            .ExcludeFromDescription();
        site.MapGet("/sitemaps/{file}.xml", async (string file, ISender sender, CancellationToken cancellationToken) =>
                Xml(await sender.Send(new GetSitemapQuery(file), cancellationToken)))
            .ExcludeFromDescription();
        return site;
    }

    private static IResult Xml(Result<string> sitemap) =>
        sitemap.IsSuccess ? Results.Text(sitemap.Value, "application/xml; charset=utf-8") : Results.NotFound();

    private static string Robots(PublicSite site)
    {
        var text = new StringBuilder("User-agent: *\n");
        text.Append("Allow: /api/v1/products/images/\n").Append("Allow: /api/v1/storefronts/images/\n");
        foreach (var path in Private)
        {
            text.Append(CultureInfo.InvariantCulture, $"Disallow: {path}\n");
        }

        return text.Append(CultureInfo.InvariantCulture, $"\nSitemap: {site.Link("/sitemap.xml")}\n").ToString();
    }
}
