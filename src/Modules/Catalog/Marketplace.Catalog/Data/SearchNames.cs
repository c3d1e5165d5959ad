using Marketplace.Catalog.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Marketplace.Catalog.Data;

/// <summary>
/// Keeps <see cref="Product.SearchName"/> true on every save, whoever saves: a product added,
/// renamed or moved to another category, a category renamed or moved (its products and those of
/// the categories below it), a cooperative renamed (its products). Done in the save, not by the
/// features, so that no way of changing a name can leave search finding the old one.
/// </summary>
internal static class SearchNames
{
    public static async Task NameChangedProductsAsync(this CatalogDbContext db, CancellationToken cancellationToken)
    {
        var products = db.ChangeTracker.Entries<Product>()
            .Where(e => e.State == EntityState.Added
                || (e.State == EntityState.Modified && Changed(e, nameof(Product.Name), nameof(Product.NameEnglish), nameof(Product.CategoryId))))
            .Select(e => e.Entity)
            .ToList();
        var categories = db.ChangeTracker.Entries<Category>()
            .Where(e => e.State == EntityState.Modified && Changed(e, nameof(Category.Name), nameof(Category.NameEnglish), nameof(Category.ParentId)))
            .Select(e => e.Entity.Id)
            .ToList();
        var sellers = db.ChangeTracker.Entries<Seller>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && Changed(e, nameof(Seller.Name))))
            .Select(e => e.Entity.CooperativeId)
            .ToList();
        if (products.Count == 0 && categories.Count == 0 && sellers.Count == 0)
        {
            return;
        }

        // Tracked reads: a category or seller changed in this save is read as it is about to be saved.
        var tree = await db.Categories.ToDictionaryAsync(c => c.Id, cancellationToken);
        if (categories.Count > 0)
        {
            var below = CategoryTree.Below(tree.Values.Select(c => (c.Id, c.ParentId)).ToList(), categories);
            products.AddRange(await db.Products.Where(p => below.Contains(p.CategoryId)).ToListAsync(cancellationToken));
        }

        if (sellers.Count > 0)
        {
            products.AddRange(await db.Products.Where(p => sellers.Contains(p.CooperativeId)).ToListAsync(cancellationToken));
        }

        await NameAsync(db, products.Distinct().ToList(), tree, cancellationToken);
    }

    /// <summary>Names these products for search (the products of a database older than <see cref="Product.SearchName"/>).</summary>
    public static async Task NameAsync(CatalogDbContext db, IReadOnlyList<Product> products, CancellationToken cancellationToken) =>
        await NameAsync(db, products, await db.Categories.ToDictionaryAsync(c => c.Id, cancellationToken), cancellationToken);

    private static async Task NameAsync(
        CatalogDbContext db, IReadOnlyList<Product> products, Dictionary<Guid, Category> tree, CancellationToken cancellationToken)
    {
        var ids = products.Select(p => p.CooperativeId).Distinct().ToList();
        // Tracked: a seller added or renamed in this save is read as it is about to be saved.
        await db.Sellers.Where(s => ids.Contains(s.CooperativeId)).LoadAsync(cancellationToken);
        var sellerNames = db.Sellers.Local.Where(s => ids.Contains(s.CooperativeId)).ToDictionary(s => s.CooperativeId, s => s.Name);
        foreach (var product in products)
        {
            var labels = new List<string>();
            for (var id = (Guid?)product.CategoryId; id is { } at && labels.Count < 16 && tree.TryGetValue(at, out var category); id = category.ParentId)
            {
                labels.Add(category.Name);
                labels.Add(category.NameEnglish);
            }

            labels.Add(sellerNames.GetValueOrDefault(product.CooperativeId, string.Empty));
            product.NameForSearch(string.Join(' ', labels));
        }
    }

    private static bool Changed(EntityEntry entry, params string[] properties) => properties.Any(p => entry.Property(p).IsModified);
}
