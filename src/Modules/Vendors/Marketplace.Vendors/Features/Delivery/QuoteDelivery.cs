using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Data;
using Marketplace.Vendors.Domain;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Marketplace.Vendors.Features.Delivery;

/// <summary>
/// Quotes each cooperative's parcel the cheapest way it delivers to the province: its own flat fee
/// where it delivers itself, and each carrier it chose, priced by the carrier's API when the
/// alliance configured it (and it answers), else by the alliance's rate table for that carrier,
/// by zone (same province, same region, another region) and the parcel's weight.
/// </summary>
internal sealed class QuoteDeliveryHandler(VendorsDbContext db, IOptionsMonitor<DeliveryOptions> options, IEnumerable<ICarrierRates> apis)
    : IQueryHandler<QuoteDeliveryQuery, IReadOnlyDictionary<CooperativeId, DeliveryQuote>>
{
    public async ValueTask<IReadOnlyDictionary<CooperativeId, DeliveryQuote>> Handle(QuoteDeliveryQuery query, CancellationToken cancellationToken)
    {
        var ids = query.Parcels.Select(p => p.CooperativeId).Distinct().ToList();
        var senders = await db.Cooperatives.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new Sender(c.Id, c.Province, c.Commune, c.Address, c.ShippingFeeVnd, c.FreeShippingFromVnd, c.OwnDelivery, c.Carriers))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        var province = Provinces.Contains(query.Province) ? query.Province : null;

        // Each cooperative's parcel at once: a carrier's API is a round trip each.
        var quoted = await Task.WhenAll(query.Parcels
            .Where(p => senders.ContainsKey(p.CooperativeId))
            .Select(async p => (p.CooperativeId, Quote: await CheapestAsync(senders[p.CooperativeId], p, province, query.Commune, cancellationToken))));
        return quoted.Where(q => q.Quote is not null).ToDictionary(q => q.CooperativeId, q => q.Quote!);
    }

    private async Task<DeliveryQuote?> CheapestAsync(
        Sender sender, DeliveryParcel parcel, string? province, string? commune, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        // Not knowing the province yet, a cart is quoted to the farthest zone: by the tables, checkout never
        // charges more (a carrier's own API, asked at checkout only, may price otherwise).
        var zone = province is null ? DeliveryZone.OtherRegion : Regions.Between(sender.Province, province);
        var freeFrom = sender.FreeFromVnd is { } free ? Money.Dong(free) : (Money?)null;
        var offers = new List<DeliveryQuote>();
        if (sender.Own == OwnDelivery.Everywhere || (sender.Own == OwnDelivery.InProvince && zone == DeliveryZone.SameProvince))
        {
            var days = zone == DeliveryZone.SameProvince ? settings.OwnInProvince : settings.OwnElsewhere;
            offers.Add(new DeliveryQuote(DeliveryCarrier.Own, Money.Dong(sender.FeeVnd), freeFrom, days.MinDays, days.MaxDays, province is not null));
        }

        foreach (var carrier in sender.Carriers.List())
        {
            // A carrier the alliance has no table for, or a parcel heavier than it takes (a bulk
            // order goes by the cooperative's own truck), is not a way this parcel goes. Large light
            // boxes weigh what the carrier's divisor makes of their volume.
            if (!settings.Rates.TryGetValue(carrier, out var table))
            {
                continue;
            }

            var grams = table.ChargedGrams(parcel.Grams, parcel.BoxCm3);
            if (grams > table.MaxGrams)
            {
                continue;
            }

            var rate = table.For(zone);
            var priced = province is null || apis.FirstOrDefault(a => a.Carrier == carrier && a.Configured) is not { } api
                ? null
                : await api.QuoteAsync(
                    new CarrierParcel(sender.Province, sender.Commune, sender.Address, province, commune, grams, parcel.Value.Amount),
                    cancellationToken);
            if (priced is { Served: false })
            {
                continue;
            }

            offers.Add(new DeliveryQuote(
                carrier, Money.Dong(priced?.FeeVnd ?? rate.FeeFor(grams)), freeFrom, priced?.MinDays ?? rate.MinDays, priced?.MaxDays ?? rate.MaxDays,
                province is not null)
            {
                ChargedGrams = grams > parcel.Grams ? grams : null,
            });
        }

        // The cheapest; between equals, the sooner there (earliest, then latest day), then the carrier's order.
        return offers.OrderBy(o => o.Fee.Amount).ThenBy(o => o.MinDays).ThenBy(o => o.MaxDays).ThenBy(o => o.Carrier).FirstOrDefault();
    }

    private sealed record Sender(
        CooperativeId Id, string Province, string Commune, string Address, long FeeVnd, long? FreeFromVnd, OwnDelivery Own, CarrierChoice Carriers);
}
