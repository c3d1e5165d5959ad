using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

/// <summary>Public products as cards: a few lookups by key, and one question to Vendors for the badges.</summary>
internal static class ProductCards
{
    /// <summary>What the public may see: published, not hidden by an admin, of a cooperative that may sell.</summary>
    public static IQueryable<Product> Public(this CatalogDbContext db) =>
        db.Products.Where(p => p.Status == ProductStatus.Published && !p.HiddenByAdmin && p.SellerActive);

    /// <summary>
    /// The cards of the given products, in the order of <paramref name="orderedIds"/>, priced as they
    /// sell on <paramref name="today"/> (a running sale's price, with the list price beside it).
    /// </summary>
    public static async Task<IReadOnlyList<ProductSummary>> CardsAsync(
        this CatalogDbContext db, ISender sender, IReadOnlyList<ProductId> orderedIds, DateOnly today, CancellationToken cancellationToken)
    {
        if (orderedIds.Count == 0)
        {
            return [];
        }

        // Four lookups by key, so the database reads only these products, their variants and
        // pictures (a "cheapest variant" subquery becomes a window over the whole variants table).
        // Whether each product is still public is checked here: a list kept for a few seconds
        // may name a product hidden since.
        var products = await db.Products.AsNoTracking()
            .Where(p => orderedIds.Contains(p.Id))
            .Select(p => new { p.Id, p.CooperativeId, p.Slug, p.Name, p.NameEnglish, p.Status, p.HiddenByAdmin, p.SellerActive })
            .ToListAsync(cancellationToken);
        var variants = (await db.Variants.AsNoTracking()
            .Where(v => orderedIds.Contains(v.ProductId))
            .ToListAsync(cancellationToken))
            .Select(v => new
            {
                v.ProductId,
                v.Unit,
                v.NetWeightGrams,
                PriceVnd = v.PriceOn(today),
                ListVnd = v.OnSale(today) ? v.PriceVnd : (long?)null,
                v.Stock,
            })
            .ToLookup(v => v.ProductId);
        var thumbnails = (await db.Images.AsNoTracking()
            .Where(i => orderedIds.Contains(i.ProductId))
            .Select(i => new { i.ProductId, i.ThumbnailKey, i.Position })
            .ToListAsync(cancellationToken)).ToLookup(i => i.ProductId);
        var cooperativeIds = products.Select(p => p.CooperativeId).Distinct().ToList();
        var sellers = await db.Sellers.AsNoTracking()
            .Where(s => cooperativeIds.Contains(s.CooperativeId))
            .ToDictionaryAsync(s => s.CooperativeId, cancellationToken);
        var rows = products
            .Where(p => p.Status == ProductStatus.Published && !p.HiddenByAdmin && p.SellerActive)
            .Select(p => new
            {
                p.Id,
                p.CooperativeId,
                p.Slug,
                p.Name,
                p.NameEnglish,
                Cheapest = variants[p.Id].OrderBy(v => v.PriceVnd).FirstOrDefault(),
                Stock = variants[p.Id].Sum(v => v.Stock),
                VariantCount = variants[p.Id].Count(),
                Thumbnail = thumbnails[p.Id].OrderBy(i => i.Position).Select(i => i.ThumbnailKey).FirstOrDefault(),
                Seller = sellers.GetValueOrDefault(p.CooperativeId),
            })
            .ToList();

        var badges = await sender.Send(new GetCertificationBadgesQuery(rows.Select(r => r.CooperativeId).Distinct().ToList()), cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        return orderedIds.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            return new ProductSummary(
                r.Id, r.CooperativeId, r.Slug, r.Name, r.NameEnglish, r.Cheapest?.Unit.Code() ?? "kg", r.Cheapest?.NetWeightGrams,
                Money.Dong(r.Cheapest?.PriceVnd ?? 0), r.Stock, badges.TryGetValue(r.CooperativeId, out var b) ? b.For(r.Id) : [])
            {
                ListPrice = r.Cheapest?.ListVnd is { } list ? Money.Dong(list) : null,
                VendorName = r.Seller?.Name ?? string.Empty,
                VendorSlug = r.Seller?.Slug ?? string.Empty,
                Province = r.Seller?.Province ?? string.Empty,
                ThumbnailUrl = r.Thumbnail is null ? null : ProductViews.ImageUrl(r.Thumbnail),
                VariantCount = r.VariantCount,
            };
        }).ToList();
    }
}
