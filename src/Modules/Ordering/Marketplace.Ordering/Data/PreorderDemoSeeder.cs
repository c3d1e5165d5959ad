using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.SharedKernel.Persistence;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Data;

/// <summary>
/// The coming season, so the calendar and the cooperatives' pre-order pages have something to
/// show: fresh longan from Sơn Thủy open now with a few reservations, macadamia from Thuận Phong
/// open now, and Suối Giàng's spring tea flush opening in three weeks; dates from the first start.
/// Written as entities, not sent as commands: at the first start the catalog has not yet heard
/// of its sellers (the outbox delivers after seeding), so a reservation would find nothing on sale.
/// </summary>
internal sealed class PreorderDemoSeeder(OrderingDbContext db, ISender sender, TimeProvider clock)
    : IDemoDataSeeder
{
    private static readonly (string Sku, string Owner, string Lot, int OpensIn, int ClosesIn, int HarvestIn, int Capacity, long Price, int Deposit,
        AllocationRule Rule, (int Shopper, int Quantity)[] Reserved)[] Windows =
    [
        ("ST-NHAN-KG", "lienhe4@htx-demo.vn", "ST-NHAN-V1", -5, 25, 40, 2_000, 38_000, 30, AllocationRule.FirstComeFirstServed,
            [(1, 20), (2, 50), (3, 10)]),
        ("TP-MC-KG", "lienhe2@htx-demo.vn", "TP-MC-V1", 0, 30, 45, 500, 440_000, 25, AllocationRule.ProRata, [(4, 5)]),
        ("SG-STCT-KG", "lienhe3@htx-demo.vn", "SG-XUAN-V1", 21, 60, 90, 300, 1_500_000, 20, AllocationRule.ProRata, []),
    ];

    /// <summary>After the demo orders and requests for quotation.</summary>
    public int Order => 36;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.PreorderWindows.AnyAsync(cancellationToken))
        {
            return;
        }

        var today = clock.Today();
        var now = clock.GetUtcNow();
        var variants = (await sender.Send(new GetVariantsBySkuQuery([.. Windows.Select(w => w.Sku)]), cancellationToken)).ToDictionary(v => v.Sku);
        // The catalog's copy of the seller's name arrives after seeding; the storefront has it now.
        var storefronts = (await sender.Send(new ListStorefrontsQuery(), cancellationToken)).ToDictionary(s => s.CooperativeId);
        var n = 0;
        foreach (var w in Windows.Where(w => variants.ContainsKey(w.Sku) && storefronts.ContainsKey(variants[w.Sku].CooperativeId)))
        {
            var v = variants[w.Sku];
            var storefront = storefronts[v.CooperativeId];
            var window = new PreorderWindow(
                Guid.NewGuid(),
                new PreorderFacts(
                    v.CooperativeId, storefront.Name, storefront.Province, v.ProductId, v.VariantId, v.Sku, v.ProductName, v.Unit, v.GramsPerUnit),
                new PreorderTerms(
                    w.Lot, today.AddDays(w.OpensIn), today.AddDays(w.ClosesIn), today.AddDays(w.HarvestIn), w.Capacity, w.Price, w.Deposit, w.Rule),
                now);
            db.PreorderWindows.Add(window);
            foreach (var (shopper, quantity) in w.Reserved)
            {
                var email = $"shopper{shopper}@example.vn";
                db.Reservations.Add(window.Hold(new Reservation(window, DemoPeople.IdOf(email), email, "vi", quantity, false, now.AddHours(-(++n)))));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
