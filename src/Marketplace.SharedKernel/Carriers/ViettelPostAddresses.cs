using System.Globalization;
using Marketplace.SharedKernel.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;

namespace Marketplace.SharedKernel.Carriers;

/// <summary>
/// A commune in Viettel Post's address book: its province's id and its own. Viettel Post lists the
/// communes as they are since the 2025 merger (two levels); <see cref="DistrictId"/> is the district
/// it still files some under, 0 when none.
/// </summary>
public sealed record ViettelPostPlace(int ProvinceId, int DistrictId, int WardId, string WardName);

/// <summary>
/// Viettel Post books and prices parcels by its own ids for a province and a commune, which our
/// addresses (by name) do not carry. They are looked up in its address book as it has been since
/// the 2025 merger: GET /v3/categories/listProvinceNew, then GET
/// /v3/categories/listWardsNew?provinceId= for the province, names matched as
/// <see cref="PlaceNames.Key"/> spells them (Viettel Post writes them in capitals). A province's
/// communes are kept a day.
/// </summary>
public sealed partial class ViettelPostAddresses(HttpClient http, ViettelPostSession session, IMemoryCache cache, ILogger<ViettelPostAddresses> logger)
{
    public const string HttpClientName = "viettelpost-addresses";

    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    /// <summary>The commune <paramref name="commune"/> of <paramref name="province"/> in Viettel Post's book, or why there is none.</summary>
    public async Task<(ViettelPostPlace? Place, AddressLookup Lookup)> FindAsync(string province, string commune, CancellationToken cancellationToken) =>
        PlaceNames.Find(await CommunesAsync(province, cancellationToken), commune);

    private async Task<IReadOnlyDictionary<string, ViettelPostPlace?>?> CommunesAsync(string province, CancellationToken cancellationToken)
    {
        var cacheKey = "viettelpost:communes:" + PlaceNames.Key(province);
        if (cache.TryGetValue(cacheKey, out IReadOnlyDictionary<string, ViettelPostPlace?>? known))
        {
            return known;
        }

        try
        {
            var provinces = await AskAsync<List<ProvinceRow>>("/v3/categories/listProvinceNew", cancellationToken);
            if (provinces is null)
            {
                return null;
            }

            var book = new Dictionary<string, ViettelPostPlace?>(StringComparer.Ordinal);
            if (provinces.FirstOrDefault(p => p.ProvinceName is { } name && PlaceNames.Key(name) == PlaceNames.Key(province)) is { } found)
            {
                var wards = await AskAsync<List<WardRow>>(
                    "/v3/categories/listWardsNew?provinceId=" + found.ProvinceId.ToString(CultureInfo.InvariantCulture), cancellationToken);
                if (wards is null)
                {
                    return null;
                }

                var named = wards.Where(w => w.WardsId > 0 && w.WardsName is { Length: > 0 } && (w.ProvinceId ?? found.ProvinceId) == found.ProvinceId);
                foreach (var ward in named)
                {
                    var place = new ViettelPostPlace(found.ProvinceId, ward.DistrictId ?? 0, ward.WardsId, ward.WardsName!);
                    PlaceNames.Add(book, [ward.WardsName!], place, (one, other) => one.WardId == other.WardId);
                }
            }

            cache.Set(cacheKey, (IReadOnlyDictionary<string, ViettelPostPlace?>)book, Kept);
            return book;
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            LogNoAnswer(logger, province, ex);
            return null;
        }
    }

    private async Task<T?> AskAsync<T>(string path, CancellationToken cancellationToken)
        where T : class
    {
        var reply = await session.SendAsync(http, HttpMethod.Get, path, null, cancellationToken);
        if (reply?.Envelope<T>() is not { Error: false, Data: { } data })
        {
            LogNoAnswer(logger, path, null);
            return null;
        }

        return data;
    }

    // Viettel Post's book may leave a name out: an entry without one is not matched.
    private sealed record ProvinceRow(int ProvinceId, string? ProvinceCode, string? ProvinceName);

    private sealed record WardRow(int WardsId, string? WardsName, int? DistrictId, int? ProvinceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Viettel Post's address book gave no answer for {What}")]
    private static partial void LogNoAnswer(ILogger logger, string what, Exception? exception);
}
