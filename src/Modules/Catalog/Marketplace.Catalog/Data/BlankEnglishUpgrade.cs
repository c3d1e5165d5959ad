using Marketplace.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

/// <summary>
/// English names and descriptions saved blank before a blank one became none (see
/// <see cref="Domain.Product.Describe"/>): made none, so buyers reading English see the Vietnamese.
/// Once done, two updates that match nothing.
/// </summary>
internal sealed class BlankEnglishUpgrade(CatalogDbContext db) : IDataUpgrade
{
    public async Task UpgradeAsync(CancellationToken cancellationToken)
    {
        await db.Products
            .Where(p => p.NameEnglish != null && p.NameEnglish.Trim() == string.Empty)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.NameEnglish, (string?)null), cancellationToken);
        await db.Products
            .Where(p => p.DescriptionEnglish != null && p.DescriptionEnglish.Trim() == string.Empty)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.DescriptionEnglish, (string?)null), cancellationToken);
    }
}
