using Bogus;
using Marketplace.Catalog.Contracts;
using Marketplace.Ordering.Contracts;
using Marketplace.Ordering.Domain;
using Marketplace.Ordering.Features.Fulfilment;
using Marketplace.Ordering.Features.Orders;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Persistence;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Ordering.Data;

/// <summary>
/// Past orders of the demo shoppers, one part in every fulfilment state, so a cooperative's
/// order page and a shopper's history have something to show. They are history: written as
/// placed days ago at the catalog's prices, without taking today's stock.
/// </summary>
internal sealed class OrderingDemoSeeder(OrderingDbContext db, ISender sender, TimeProvider clock) : IDemoDataSeeder
{
    private const int Seed = 20251126;

    /// <summary>(shopper number, days ago, lines by SKU, how far every part of it got, how it is paid).</summary>
    private static readonly (int Shopper, int DaysAgo, (string Sku, int Quantity)[] Lines, FulfilmentAction[] Steps, PaymentMethod Method)[] Orders =
    [
        (1, 20, [("SG-STCT-200", 2), ("TP-MC-500", 1)], [FulfilmentAction.Confirm, FulfilmentAction.Pack, FulfilmentAction.Ship, FulfilmentAction.Deliver],
            PaymentMethod.CashOnDelivery),
        (2, 9, [("THT-TN-500", 1), ("TDV-CSK-500", 2)], [FulfilmentAction.Confirm, FulfilmentAction.Pack, FulfilmentAction.Ship], PaymentMethod.CashOnDelivery),
        (3, 4, [("ST-LN-500", 3)], [FulfilmentAction.Confirm, FulfilmentAction.Pack], PaymentMethod.CashOnDelivery),
        (4, 2, [("NC-NEP-KG", 5), ("DD-BUOI-KG", 4)], [FulfilmentAction.Confirm], PaymentMethod.CashOnDelivery),
        (5, 1, [("TP-GUNG-KG", 2), ("SG-HT-100", 1)], [], PaymentMethod.CashOnDelivery),
        (1, 6, [("NC-MIEN-500", 2)], [FulfilmentAction.Cancel], PaymentMethod.CashOnDelivery),
        (2, 0, [("SG-STCT-200", 1)], [], PaymentMethod.BankTransfer), // waits for its transfer: the admin's payments page has one to record
    ];

    public int Order => 30;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Orders.AnyAsync(cancellationToken))
        {
            return;
        }

        var faker = new Faker("vi") { Random = new Randomizer(Seed) };
        var variants = (await sender.Send(new GetVariantsBySkuQuery(Orders.SelectMany(o => o.Lines).Select(l => l.Sku).ToList()), cancellationToken))
            .ToDictionary(v => v.Sku);
        var names = (await sender.Send(new ListStorefrontsQuery(), cancellationToken)).ToDictionary(s => s.CooperativeId, s => s.Name);
        var terms = await sender.Send(new GetShippingTermsQuery(variants.Values.Select(v => v.CooperativeId).Distinct().ToList()), cancellationToken);
        var now = clock.GetUtcNow();
        var n = 0;
        foreach (var (shopper, daysAgo, lines, steps, method) in Orders)
        {
            if (lines.Any(l => !variants.ContainsKey(l.Sku)))
            {
                continue;
            }

            var placedAt = now.AddDays(-daysAgo);
            var email = $"shopper{shopper}@example.vn";
            var order = new Order(
                OrderId.New(), $"HTX-{placedAt.ToOffset(SharedKernel.Vietnam.VietnamTime.Offset):yyMMdd}-{10_000_000 + (++n * 7_919_113 % 89_999_999)}",
                DemoPeople.IdOf(email), email, $"demo-{n}",
                new Address(faker.Name.FullName(), "0912345678", "Hà Nội", "phường Hoàn Kiếm", faker.Address.StreetAddress()),
                null, method, "vi", placedAt);
            foreach (var vendor in lines.Select(l => variants[l.Sku]).GroupBy(v => v.CooperativeId))
            {
                var orderLines = lines.Where(l => variants[l.Sku].CooperativeId == vendor.Key)
                    .Select(l =>
                    {
                        var v = variants[l.Sku];
                        return new OrderLine(v.VariantId, v.Sku, v.ProductName, v.Unit, v.NetWeightGrams, l.Quantity, v.UnitPrice.Amount);
                    })
                    .ToList();
                var subtotal = SharedKernel.Money.Dong(orderLines.Sum(l => l.TotalVnd));
                var shipping = terms.TryGetValue(vendor.Key, out var t) ? t.FeeFor(subtotal).Amount : 0;
                var part = new OrderPart(
                    OrderPartId.New(),
                    order.Id,
                    vendor.Key,
                    names.GetValueOrDefault(vendor.Key, vendor.First().VendorName),
                    orderLines,
                    shipping,
                    cashOnDelivery: method == PaymentMethod.CashOnDelivery,
                    placedAt);
                var at = placedAt;
                foreach (var step in steps)
                {
                    at = at.AddHours(10);
                    if (step == FulfilmentAction.Ship
                        && await ShipFromLots.ChooseAsync(sender, part, [], proposedLot: null, at, cancellationToken) is { IsSuccess: true } lots)
                    {
                        db.ShippedLots.AddRange(lots.Value); // the oldest lot, as the cooperative's page proposes
                    }

                    part.Fulfil(
                        step,
                        "Viettel Post",
                        $"VTP{faker.Random.Number(100_000_000, 999_999_999)}",
                        step == FulfilmentAction.Cancel ? "Khách đổi ý, gọi điện hủy." : null,
                        at);
                }

                order.Add(part);
                if (part.Status == PartStatus.Delivered)
                {
                    // Payments books the cash collected and the commission owed, as for any delivery.
                    db.AddIntegrationEvent(
                        new OrderPartDeliveredIntegrationEvent(Guid.NewGuid(), at, order.Id, part.Id, part.CooperativeId, part.CashCollectedVnd ?? 0));
                }
            }

            db.Orders.Add(order);
            if (method != PaymentMethod.CashOnDelivery)
            {
                db.AddIntegrationEvent(new OrderPlacedIntegrationEvent(
                    Guid.NewGuid(), placedAt, order.Id, order.BuyerEmail, method.ToString(),
                    order.Parts.Select(p => new OrderedPart(p.Id, p.CooperativeId, p.TotalVnd, p.CashDueVnd)).ToList()));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
