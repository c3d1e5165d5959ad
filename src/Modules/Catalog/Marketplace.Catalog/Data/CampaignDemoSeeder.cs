using Marketplace.Catalog.Domain;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Vietnam;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Catalog.Data;

/// <summary>
/// An OCOP week running on the day the demo is seeded, with a few of the cooperatives' products on
/// sale for it, so that the home page, the campaign's page, the cards and the cart show what a
/// campaign looks like. The variants put on sale are ones no test prices.
/// </summary>
internal sealed class CampaignDemoSeeder(CatalogDbContext db, TimeProvider clock) : IDemoDataSeeder
{
    /// <summary>Each variant's price during the week: some 13-18 % off, in round thousands as cooperatives price.</summary>
    private static readonly (string Sku, long PriceVnd)[] Sales =
        [("TP-NMC-500", 279_000), ("TDV-CSK-500", 99_000), ("NC-MANG-500", 119_000), ("TP-GUNG-KG", 39_000)];

    private static readonly string[] Products =
        ["TP-NMC-500", "TDV-CSK-500", "NC-MANG-500", "TDV-TCN-100", "TP-GUNG-KG", "NC-MIEN-500", "ST-LN-500", "TP-MC-500"];

    public int Order => 39; // after the demo orders (30): they were placed before the week began, at list prices

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Campaigns.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = clock.Today();
        var (from, until) = (today.AddDays(-2), today.AddDays(5));
        var variants = await db.Variants.Where(v => Products.Contains(v.Sku)).ToListAsync(cancellationToken);
        foreach (var (sku, price) in Sales)
        {
            variants.SingleOrDefault(v => v.Sku == sku)?.PutOnSale(price, from, until);
        }

        var campaign = new Campaign(
            Guid.NewGuid(),
            "tuan-le-san-pham-ocop",
            new CampaignTerms(
                "Tuần lễ sản phẩm OCOP",
                "OCOP products week",
                "Một tuần cho những sản phẩm OCOP của các hợp tác xã trong liên minh: mắc ca Thuận Phong, cỏ ngọt, măng khô và miến dong "
                + "Như Cố, long nhãn Sơn Thủy… Nhiều sản phẩm giảm giá đến hết tuần; mua của nhiều hợp tác xã trong một giỏ hàng.",
                "A week for the OCOP products of the alliance's cooperatives: Thuan Phong macadamia, stevia, Nhu Co bamboo shoots and "
                + "arrowroot noodles, Son Thuy dried longan… Many are on sale until the week ends; buy from many cooperatives in one cart.",
                from,
                until),
            clock.GetUtcNow());
        var chosen = Products.Select(sku => variants.SingleOrDefault(v => v.Sku == sku)?.ProductId).OfType<SharedKernel.ProductId>().ToList();
        campaign.Choose(chosen, clock.GetUtcNow());
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);
    }
}
