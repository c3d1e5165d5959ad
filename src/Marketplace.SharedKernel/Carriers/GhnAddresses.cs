using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Marketplace.SharedKernel.Http;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Carriers;

/// <summary>A ward in GHN's address book: its district's id and name, its own code and name.</summary>
public sealed record GhnWard(int DistrictId, string DistrictName, string WardCode, string WardName, string ProvinceName);

public enum GhnLookup
{
    Found,

    /// <summary>GHN's book has no ward of that name in the province.</summary>
    NotListed,

    /// <summary>Several of the province's wards (in different districts) have that name: which one is not guessed.</summary>
    Ambiguous,

    /// <summary>GHN did not answer: try again later.</summary>
    NoAnswer,
}

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
    public async Task<(GhnWard? Ward, GhnLookup Lookup)> FindAsync(string province, string commune, CancellationToken cancellationToken)
    {
        var wards = await WardsAsync(province, cancellationToken);
        if (wards is null)
        {
            return (null, GhnLookup.NoAnswer);
        }

        return !wards.TryGetValue(Key(commune), out var ward) ? (null, GhnLookup.NotListed)
            : ward is null ? (null, GhnLookup.Ambiguous)
            : (ward, GhnLookup.Found);
    }

    /// <summary>
    /// A name as GHN's and our spellings meet: lower case, the kind of place in front left off
    /// ("Xã Như Cố", "X. Như Cố" and "như cố" are one), the tone mark where either spelling rule puts
    /// it ("Hoà" and "Hòa" are one), the accents kept (Nhân and Nhãn are two places).
    /// </summary>
    public static string Key(string name)
    {
        var lower = name.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        foreach (var (newer, older) in ToneMarks)
        {
            lower = lower.Replace(newer, older, StringComparison.Ordinal);
        }

        var key = string.Join(' ', lower.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var kind in Kinds)
        {
            if (key.StartsWith(kind, StringComparison.Ordinal) && key.Length > kind.Length)
            {
                return key[kind.Length..].TrimStart(' ', '.');
            }
        }

        return key;
    }

    /// <summary>The tone mark on the second vowel of oa, oe, uy (the newer rule) moved to the first (the older), both sides alike.</summary>
    private static readonly (string Newer, string Older)[] ToneMarks =
    [
        ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ];

    private static readonly string[] Kinds =
        ["thành phố ", "tp.", "tp ", "tỉnh ", "thị trấn ", "tt.", "thị xã ", "tx.", "đặc khu ", "phường ", "p.", "xã ", "x.", "quận ", "huyện "];

    /// <summary>The province's wards by <see cref="Key"/>; a key that names wards of two districts holds null (ambiguous).</summary>
    private async Task<IReadOnlyDictionary<string, GhnWard?>?> WardsAsync(string province, CancellationToken cancellationToken)
    {
        var cacheKey = "ghn:wards:" + Key(province);
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

            var found = provinces.FirstOrDefault(p => p.Names().Any(n => Key(n) == Key(province)));
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
                        foreach (var key in ward.Names().Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
                        {
                            if (!wards.TryGetValue(key, out var other))
                            {
                                wards[key] = entry;
                            }
                            else if (other is not null && other.WardCode != entry.WardCode)
                            {
                                wards[key] = null; // the same name in two districts ("Phường 1") is not one place: neither is chosen
                            }
                        }
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
