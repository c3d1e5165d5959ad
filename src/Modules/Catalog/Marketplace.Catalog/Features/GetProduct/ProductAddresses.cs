using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.GetProduct;

/// <summary>
/// The public product at <c>/products/{vendor}/{slug}</c>; <see cref="Moved"/> when that is a former
/// address, which <see cref="Path"/> replaces.
/// </summary>
internal sealed record ResolvedProduct(ProductId ProductId, string Path, bool Moved);

internal sealed record ResolveProductAddressQuery(string Vendor, string Slug) : IQuery<Result<ResolvedProduct>>;

/// <summary>A public product's address by its id (what links made before addresses were words carry).</summary>
internal sealed record GetProductAddressQuery(ProductId ProductId) : IQuery<Result<string>>;

internal sealed class ProductAddressesHandler(CatalogDbContext db)
    : IQueryHandler<ResolveProductAddressQuery, Result<ResolvedProduct>>,
      IQueryHandler<GetProductAddressQuery, Result<string>>
{
    public async ValueTask<Result<ResolvedProduct>> Handle(ResolveProductAddressQuery query, CancellationToken cancellationToken)
    {
        // Addresses are lower case; one typed or shared in capitals still finds its product (the page names its one address as canonical).
        var (vendor, slug) = (query.Vendor.ToLowerInvariant(), query.Slug.ToLowerInvariant());
        var cooperative = await db.Sellers.AsNoTracking().Where(s => s.Slug == vendor).Select(s => (CooperativeId?)s.CooperativeId)
            .FirstOrDefaultAsync(cancellationToken);
        if (cooperative is not { } id)
        {
            return NotFound();
        }

        var current = await db.Public().AsNoTracking().Where(p => p.CooperativeId == id && p.Slug == slug)
            .Select(p => new { p.Id, p.VendorSlug, p.Slug }).FirstOrDefaultAsync(cancellationToken);
        if (current is not null)
        {
            var path = ProductSummary.PathOf(current.VendorSlug, current.Slug, current.Id);
            return new ResolvedProduct(current.Id, path, Moved: false);
        }

        var former = await db.FormerSlugs.AsNoTracking().Where(f => f.CooperativeId == id && f.Slug == slug).Select(f => (ProductId?)f.ProductId)
            .FirstOrDefaultAsync(cancellationToken);
        return former is { } renamed && await AddressAsync(renamed, cancellationToken) is { } now
            ? new ResolvedProduct(renamed, now, Moved: true)
            : NotFound();
    }

    public async ValueTask<Result<string>> Handle(GetProductAddressQuery query, CancellationToken cancellationToken) =>
        await AddressAsync(query.ProductId, cancellationToken) is { } path ? path : NotFound();

    private async Task<string?> AddressAsync(ProductId id, CancellationToken cancellationToken) =>
        await db.Public().AsNoTracking().Where(p => p.Id == id).Select(p => ProductSummary.PathOf(p.VendorSlug, p.Slug, p.Id))
            .FirstOrDefaultAsync(cancellationToken);

    private static Error NotFound() => Error.NotFound("product.not_found", Bilingual.Pick("Không tìm thấy sản phẩm.", "No such product."));
}

internal static class ProductAddressEndpoints
{
    /// <summary>
    /// <c>/products/{id}</c>, the address before addresses were words: a permanent redirect to the
    /// product's address (the query string kept), so links shared since keep working and search
    /// engines move what they know of the page to its new address. A product that is not public is 404.
    /// </summary>
    public static IEndpointRouteBuilder MapProductAddresses(this IEndpointRouteBuilder site)
    {
        site.MapMethods("/products/{productId:guid}", [HttpMethods.Get, HttpMethods.Head], async (
                ProductId productId, HttpContext http, ISender sender, CancellationToken cancellationToken) =>
            {
                var address = await sender.Send(new GetProductAddressQuery(productId), cancellationToken);
                if (!address.IsSuccess || address.Value.Equals(http.Request.Path.Value, StringComparison.OrdinalIgnoreCase))
                {
                    return Results.NotFound(); // not public, or (a name of signs alone, from before names needed letters) no address in words
                }

                KeptForADay(http);
                return Results.Redirect(address.Value + http.Request.QueryString, permanent: true);
            })
            .ExcludeFromDescription();
        return site;
    }

    /// <summary>
    /// A permanent redirect is kept by browsers for ever unless told otherwise; a product renamed back
    /// would then loop between its two names. A day is long enough to spare the hop, short enough to follow a rename.
    /// </summary>
    public static void KeptForADay(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.CacheControl = "public, max-age=86400";
    }
}
