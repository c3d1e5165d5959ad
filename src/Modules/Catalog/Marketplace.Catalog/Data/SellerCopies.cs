using Marketplace.Catalog.Domain;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

internal static class SellerCopies
{
    /// <summary>Copies the seller's province, slug and standing onto its products, in one UPDATE.</summary>
    public static Task<int> CopyOntoProductsAsync(this CatalogDbContext db, Seller seller, CancellationToken cancellationToken) =>
        db.Products.Where(p => p.CooperativeId == seller.CooperativeId).ExecuteUpdateAsync(
            set => set
                .SetProperty(p => p.Province, seller.Province)
                .SetProperty(p => p.VendorSlug, seller.Slug)
                .SetProperty(p => p.SellerActive, seller.Sells),
            cancellationToken);
}
