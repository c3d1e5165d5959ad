using System.Text.Json;

namespace Marketplace.SharedKernel.Carriers;

/// <summary>
/// A parcel on its way: both ends by Viettel Post's ids, the grams, the goods' value, the cash to
/// collect, and the side of its box (0 when the grams are already what Viettel Post charges).
/// </summary>
public sealed record ViettelPostRoute(ViettelPostPlace From, ViettelPostPlace To, long Grams, long ValueVnd, long CashVnd, int SideCm = 0);

/// <summary>One of Viettel Post's services on a route (its code, as <c>ORDER_SERVICE</c> takes it) and its price for the parcel.</summary>
public sealed record ViettelPostService(string Code, string? Name, long FeeVnd);

/// <summary>
/// Viettel Post's services and prices for a parcel on a route (POST /v2/order/getPriceAll, as its
/// API documents): both ends by its ids, goods (<c>PRODUCT_TYPE</c> HH), the grams it will charge,
/// the goods' value and the cash to collect, domestic (<c>TYPE</c> 1); answered by a bare list of
/// services (<c>MA_DV_CHINH</c>, <c>GIA_CUOC</c> with VAT), empty when it serves none there.
/// Asked both to quote a parcel and to choose the service to book it by.
/// </summary>
public static class ViettelPostServices
{
    /// <summary>
    /// The services Viettel Post offers (empty: none on this route), or null with its reason when
    /// it refused ("Price does not apply to this itinerary!"); null without one when it did not answer.
    /// </summary>
    public static async Task<(IReadOnlyList<ViettelPostService>? Services, string? Refusal)> ForRouteAsync(
        ViettelPostSession session, HttpClient http, ViettelPostRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(route);
        var (from, to) = (route.From, route.To);
        var body = new PriceRequest(
            from.ProvinceId, from.DistrictId, from.WardId, to.ProvinceId, to.DistrictId, to.WardId, "HH", Math.Max(1, route.Grams), route.ValueVnd,
            route.CashVnd, route.SideCm, route.SideCm, route.SideCm, 1);
        var reply = await session.SendAsync(http, HttpMethod.Post, "/v2/order/getPriceAll", body, cancellationToken);
        if (reply is not { Answered: true })
        {
            return (null, null);
        }

        if (reply.Body.ValueKind == JsonValueKind.Array)
        {
            var rows = reply.Body.Deserialize<List<PriceRow>>(ViettelPostJson.Options) ?? [];
            var offered = rows.Where(r => r.MaDvChinh is { Length: > 0 } && r.GiaCuoc >= 0);
            return ([.. offered.Select(r => new ViettelPostService(r.MaDvChinh!.Trim(), r.TenDichvu, r.GiaCuoc))], null);
        }

        return (null, reply.Envelope<object>()?.Message);
    }

    /// <summary>The service parcels go by: the one the alliance's contract names, or else the cheapest.</summary>
    public static ViettelPostService? Choose(IReadOnlyList<ViettelPostService> services, string? configured)
    {
        ArgumentNullException.ThrowIfNull(services);
        return string.IsNullOrWhiteSpace(configured)
            ? services.MinBy(s => s.FeeVnd)
            : services.FirstOrDefault(s => string.Equals(s.Code, configured.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private sealed record PriceRequest(
        int SenderProvince,
        int SenderDistrict,
        int SenderWard,
        int ReceiverProvince,
        int ReceiverDistrict,
        int ReceiverWard,
        string ProductType,
        long ProductWeight,
        long ProductPrice,
        long MoneyCollection,
        int ProductLength,
        int ProductWidth,
        int ProductHeight,
        int Type);

    private sealed record PriceRow(string? MaDvChinh, string? TenDichvu, long GiaCuoc);
}
