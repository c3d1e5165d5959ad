using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>
/// Only the people of the owning cooperative change a product; Vendors says who they are. To
/// anyone else a product they may not manage does not exist (404), so ids reveal nothing.
/// </summary>
internal static class ProductAccess
{
    public static async Task<bool> ActsForAsync(this ISender sender, CooperativeId cooperativeId, UserId person, CancellationToken cancellationToken) =>
        await sender.Send(new GetVendorStaffRoleQuery(cooperativeId, person), cancellationToken) is not null;

    /// <summary>The product with its variants and images, tracked, when the person acts for its cooperative.</summary>
    public static async Task<Product?> FindManagedAsync(
        this CatalogDbContext db, ISender sender, ProductId productId, UserId person, CancellationToken cancellationToken)
    {
        var product = await db.Products.Include(p => p.Variants).Include(p => p.Images).SingleOrDefaultAsync(p => p.Id == productId, cancellationToken);
        return product is not null && await sender.ActsForAsync(product.CooperativeId, person, cancellationToken) ? product : null;
    }

    /// <summary>The product as its people edit it; <paramref name="clock"/> says which sale runs today.</summary>
    public static async Task<ProductForEditing> ForEditingAsync(
        this CatalogDbContext db, Product product, TimeProvider clock, CancellationToken cancellationToken)
    {
        var lots = await db.Lots.AsNoTracking().Where(l => l.ProductId == product.Id).ToListAsync(cancellationToken);
        return ProductViews.ForEditing(product, lots, clock.Today());
    }

    public static Error NotFound() =>
        Error.NotFound("product.not_found", Bilingual.Pick("Không tìm thấy sản phẩm.", "No such product."));

    /// <summary>A variant the product does not have (one removed, or another product's).</summary>
    public static Error VariantNotFound() =>
        Error.NotFound("variant.not_found", Bilingual.Pick("Không tìm thấy quy cách.", "No such variant."));

    /// <summary>
    /// The catalog hears of an approval through the outbox, a moment after it: until then the
    /// cooperative has no storefront here to sell from (nor has one that was never approved).
    /// </summary>
    public static Error SellerNotOpen() =>
        Error.Rule("catalog.seller_unknown", Bilingual.Pick(
            "Gian hàng chưa được duyệt, hoặc vừa được duyệt và đang mở: hãy thử lại sau ít phút.",
            "The storefront is not approved yet, or was just approved and is opening: try again in a few minutes."));

    public static Error VendorNotFound() =>
        CooperativeErrors.NotFound;
}
