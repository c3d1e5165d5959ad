using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Marketplace.SharedKernel.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Carriers;

/// <summary>A ward in GHN's address book: its district's id and name, its own code and name.</summary>
public sealed record GhnWard(int DistrictId, string DistrictName, string WardCode, string WardName, string ProvinceName);

/// <summary>
/// GHN books parcels by its own address ids (a district's number and a ward's code), which our
/// addresses (province and commune by name) do not carry. They are looked up in GHN's master data,
/// as its API documents it: GET /master-data/province, then POST /master-data/district
/// {province_id} and POST /master-data/ward {district_id} for each of the province's districts,
/// matching names as GHN lists them (its "NameExtension" spellings). A province's wards are kept
/// a day: GHN's address book changes rarely, and a booking or a quote should not cost thirty
/// calls. Shared by GHN's two users: Vendors prices parcels with GHN's fee API, Ordering books them.
/// </summary>
public sealed partial class GhnAddresses(HttpClient http, IOptionsMonitor<GhnOptions> options, IMemoryCache cache, ILogger<GhnAddresses> logger)
{
    public const string HttpClientName = "ghn-addresses";

    private static readonly TimeSpan Kept = TimeSpan.FromDays(1);

    /// <summary>The ward of <paramref name="commune"/> in <paramref name="province"/> in GHN's book, or why there is none.</summary>
    public async Task<(GhnWard? Ward, AddressLookup Lookup)> FindAsync(string province, string commune, CancellationToken cancellationToken) =>
        PlaceNames.Find(await WardsAsync(province, cancellationToken), commune);

    /// <summary>The province's wards by <see cref="PlaceNames.Key"/>; a key that names wards of two districts holds null (ambiguous).</summary>
    private async Task<IReadOnlyDictionary<string, GhnWard?>?> WardsAsync(string province, CancellationToken cancellationToken)
    {
        var cacheKey = "ghn:wards:" + PlaceNames.Key(province);
        if (cache.TryGetValue(cacheKey, out IReadOnlyDictionary<string, GhnWard?>? known))
        {
            return known;
        }

        try
        {
            var provinces = await AskAsync<List<GhnProvince>>(HttpMethod.Get, "/master-data/province", null, cancellationToken);
            if (provinces is null)
            {
                return null;
            }

            var found = provinces.FirstOrDefault(p => p.Names().Any(n => PlaceNames.Key(n) == PlaceNames.Key(province)));
            var wards = new Dictionary<string, GhnWard?>(StringComparer.Ordinal);
            if (found is not null)
            {
                var districts = await AskAsync<List<GhnDistrict>>(
                    HttpMethod.Post, "/master-data/district", new { province_id = found.ProvinceId }, cancellationToken);
                if (districts is null)
                {
                    return null;
                }

                foreach (var district in districts)
                {
                    var inDistrict = await AskAsync<List<GhnMasterWard>>(
                        HttpMethod.Post, "/master-data/ward", new { district_id = district.DistrictId }, cancellationToken);
                    if (inDistrict is null)
                    {
                        return null;
                    }

                    foreach (var ward in inDistrict.Where(w => w.WardCode is { Length: > 0 } && w.WardName is { Length: > 0 }))
                    {
                        var entry = new GhnWard(
                            district.DistrictId, district.DistrictName ?? string.Empty, ward.WardCode!, ward.WardName!, found.ProvinceName ?? province);
                        PlaceNames.Add(wards, ward.Names(), entry, (one, other) => one.WardCode == other.WardCode);
                    }
                }
            }

            cache.Set(cacheKey, (IReadOnlyDictionary<string, GhnWard?>)wards, Kept);
            return wards;
        }
        catch (Exception ex) when (GatewayResilience.Unanswered(ex, cancellationToken))
        {
            LogNoAnswer(logger, province, ex);
            return null;
        }
    }

    private async Task<T?> AskAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        using var request = options.CurrentValue.Request(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var answer = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<GhnAnswer<T>>(GhnJson.Options, cancellationToken) : null;
        if (answer is not { Code: 200, Data: { } data })
        {
            LogNoAnswer(logger, path, null);
            return null;
        }

        return data;
    }

    // GHN's master data may leave a name out: an entry without one is not matched.
    private sealed record GhnProvince(
        [property: JsonPropertyName("ProvinceID")] int ProvinceId,
        [property: JsonPropertyName("ProvinceName")] string? ProvinceName,
        [property: JsonPropertyName("NameExtension")] IReadOnlyList<string?>? NameExtension)
    {
        public IEnumerable<string> Names() => new[] { ProvinceName }.Concat(NameExtension ?? []).OfType<string>();
    }

    private sealed record GhnDistrict(
        [property: JsonPropertyName("DistrictID")] int DistrictId,
        [property: JsonPropertyName("DistrictName")] string? DistrictName);

    private sealed record GhnMasterWard(
        [property: JsonPropertyName("WardCode")] string? WardCode,
        [property: JsonPropertyName("WardName")] string? WardName,
        [property: JsonPropertyName("NameExtension")] IReadOnlyList<string?>? NameExtension)
    {
        public IEnumerable<string> Names() => new[] { WardName }.Concat(NameExtension ?? []).OfType<string>();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GHN's address book gave no answer for {What}")]
    private static partial void LogNoAnswer(ILogger logger, string what, Exception? exception);
}
