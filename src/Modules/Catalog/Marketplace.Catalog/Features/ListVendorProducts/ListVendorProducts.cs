using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.ListVendorProducts;

/// <summary>A cooperative's products, with the badges Vendors vouches for as of today.</summary>
internal sealed class ListVendorProductsHandler(CatalogDbContext db, ISender sender) : IQueryHandler<ListVendorProductsQuery, IReadOnlyList<ProductSummary>>
{
    public async ValueTask<IReadOnlyList<ProductSummary>> Handle(ListVendorProductsQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.Products
            .AsNoTracking()
            .Where(p => p.VendorId == query.VendorId && db.Sellers.Any(s => s.VendorId == p.VendorId && s.IsActive))
            .Select(p => new { p.Id, p.VendorId, p.Slug, p.Name, p.NameEnglish, p.Unit, p.NetWeightGrams, p.PriceVnd, p.Stock })
            .ToListAsync(cancellationToken);

        var badges = rows.Count == 0
            ? new Dictionary<Guid, IReadOnlyList<CertificationBadge>>()
            : await sender.Send(new GetCertificationBadgesQuery([query.VendorId]), cancellationToken);
        var vendorBadges = badges.TryGetValue(query.VendorId, out var found) ? found : [];
        return rows
            .OrderBy(p => p.Name, VietnameseText.Comparer)
            .Select(p => new ProductSummary(
                p.Id, p.VendorId, p.Slug, p.Name, p.NameEnglish, p.Unit.Code(), p.NetWeightGrams, Money.Dong(p.PriceVnd), p.Stock, vendorBadges))
            .ToList();
    }
}
