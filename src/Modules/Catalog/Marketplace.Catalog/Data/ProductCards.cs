using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

/// <summary>Public products as cards: one query for the rows, one question to Vendors for the badges.</summary>
internal static class ProductCards
{
    /// <summary>What the public may see: published, not hidden by an admin, of a cooperative that may sell.</summary>
    public static IQueryable<Product> Public(this CatalogDbContext db) =>
        db.Products.Where(p => p.Status == ProductStatus.Published && !p.HiddenByAdmin && p.SellerActive);

    /// <summary>The cards of the given products, in the order of <paramref name="orderedIds"/>.</summary>
    public static async Task<IReadOnlyList<ProductSummary>> CardsAsync(
        this CatalogDbContext db, ISender sender, IReadOnlyList<Guid> orderedIds, CancellationToken cancellationToken)
    {
        if (orderedIds.Count == 0)
        {
            return [];
        }

        // Public() again: a list kept for a few seconds may name a product hidden since.
        var rows = await db.Public().AsNoTracking()
            .Where(p => orderedIds.Contains(p.Id))
            .Select(p => new
            {
                p.Id,
                p.VendorId,
                p.Slug,
                p.Name,
                p.NameEnglish,
                Cheapest = p.Variants.OrderBy(v => v.PriceVnd).Select(v => new { v.Unit, v.NetWeightGrams, v.PriceVnd }).FirstOrDefault(),
                Stock = p.Variants.Sum(v => v.Stock),
                VariantCount = p.Variants.Count,
                Thumbnail = p.Images.OrderBy(i => i.Position).Select(i => i.ThumbnailKey).FirstOrDefault(),
                Seller = db.Sellers.Where(s => s.VendorId == p.VendorId).Select(s => new { s.Name, s.Slug, s.Province }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var badges = await sender.Send(new GetCertificationBadgesQuery(rows.Select(r => r.VendorId).Distinct().ToList()), cancellationToken);
        var byId = rows.ToDictionary(r => r.Id);
        return orderedIds.Where(byId.ContainsKey).Select(id =>
        {
            var r = byId[id];
            return new ProductSummary(
                r.Id, r.VendorId, r.Slug, r.Name, r.NameEnglish, r.Cheapest?.Unit.Code() ?? "kg", r.Cheapest?.NetWeightGrams,
                Money.Dong(r.Cheapest?.PriceVnd ?? 0), r.Stock, badges.TryGetValue(r.VendorId, out var b) ? b : [])
            {
                VendorName = r.Seller?.Name ?? string.Empty,
                VendorSlug = r.Seller?.Slug ?? string.Empty,
                Province = r.Seller?.Province ?? string.Empty,
                ThumbnailUrl = r.Thumbnail is null ? null : ProductViews.ImageUrl(r.Thumbnail),
                VariantCount = r.VariantCount,
            };
        }).ToList();
    }
}
