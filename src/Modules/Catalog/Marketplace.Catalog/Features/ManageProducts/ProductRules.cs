using Marketplace.Catalog.Data;
using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Text;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>What must hold against the saved catalog: the category exists, and the cooperative has no other product of that name.</summary>
internal static class ProductRules
{
    public static async Task<Error?> CheckAsync(
        CatalogDbContext db, CooperativeId cooperativeId, ProductId? productId, ProductText text, CancellationToken cancellationToken)
    {
        if (!await db.Categories.AnyAsync(c => c.Id == text.CategoryId, cancellationToken))
        {
            return Error.Validation(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["CategoryId"] = [Bilingual.Pick("Danh mục không tồn tại.", "No such category.")],
            });
        }

        var slug = VietnameseText.Slugify(text.Name);
        if (await db.Products.AnyAsync(p => p.CooperativeId == cooperativeId && p.Slug == slug && p.Id != productId, cancellationToken))
        {
            return Error.FieldConflict("product.name_taken", "Name", Bilingual.Pick(
                $"Hợp tác xã đã có sản phẩm tên \"{text.Name}\".",
                $"The cooperative already has a product called \"{text.Name}\"."));
        }

        return null;
    }
}
