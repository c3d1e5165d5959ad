using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

/// <summary>Names for search the products saved before <see cref="Domain.Product.SearchName"/> existed.</summary>
internal sealed class SearchNamesUpgrade(CatalogDbContext db) : IDataUpgrade
{
    public async Task UpgradeAsync(CancellationToken cancellationToken)
    {
        while (await db.Products.Where(p => p.SearchName == string.Empty).OrderBy(p => p.Id).Take(500).ToListAsync(cancellationToken) is { Count: > 0 } batch)
        {
            await SearchNames.NameAsync(db, batch, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }
}
