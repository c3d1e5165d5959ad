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
        var exact = Provinces.Contains(query.Province);
        var quotes = new Dictionary<CooperativeId, DeliveryQuote>();
        foreach (var parcel in query.Parcels)
        {
            if (senders.TryGetValue(parcel.CooperativeId, out var sender)
                && await CheapestAsync(sender, parcel, exact ? query.Province : null, query.Commune, cancellationToken) is { } quote)
            {
                quotes[parcel.CooperativeId] = quote;
            }
        }

        return quotes;
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
            // order goes by the cooperative's own truck), is not a way this parcel goes.
            if (!settings.Rates.TryGetValue(carrier, out var table) || parcel.Grams > table.MaxGrams)
            {
                continue;
            }

            var rate = table.For(zone);
            var priced = province is null || apis.FirstOrDefault(a => a.Carrier == carrier && a.Configured) is not { } api
                ? null
                : await api.QuoteAsync(
                    new CarrierParcel(sender.Province, sender.Commune, sender.Address, province, commune, parcel.Grams, parcel.Value.Amount),
                    cancellationToken);
            if (priced is { Served: false })
            {
                continue;
            }

            offers.Add(new DeliveryQuote(
                carrier, Money.Dong(priced?.FeeVnd ?? rate.FeeFor(parcel.Grams)), freeFrom, priced?.MinDays ?? rate.MinDays, priced?.MaxDays ?? rate.MaxDays,
                province is not null));
        }

        return offers.OrderBy(o => o.Fee.Amount).ThenBy(o => o.MinDays).ThenBy(o => o.Carrier).FirstOrDefault();
    }

    private sealed record Sender(
        CooperativeId Id, string Province, string Commune, string Address, long FeeVnd, long? FreeFromVnd, OwnDelivery Own, CarrierChoice Carriers);
}
