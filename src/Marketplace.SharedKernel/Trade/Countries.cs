using System.Collections.Frozen;
using System.Globalization;
using Marketplace.SharedKernel.Text;

namespace Marketplace.SharedKernel.Trade;

/// <summary>
/// Countries by their ISO 3166 code, named in the reader's language. The codes are the ones the
/// runtime's ICU data knows; ICU names a country in English or in its own language, never in
/// Vietnamese, so the markets the alliance sells to are named here and the rest in English.
/// </summary>
public static class Countries
{
    public const string Vietnam = "VN";

    /// <summary>The alliance's export markets, first in the lists (its reports name Japan, Korea, China, the EU and the US).</summary>
    private static readonly (string Code, string Vietnamese)[] Markets =
    [
        ("VN", "Việt Nam"), ("JP", "Nhật Bản"), ("KR", "Hàn Quốc"), ("CN", "Trung Quốc"), ("TW", "Đài Loan"), ("HK", "Hồng Kông"),
        ("SG", "Singapore"), ("TH", "Thái Lan"), ("MY", "Malaysia"), ("ID", "Indonesia"), ("PH", "Philippines"), ("KH", "Campuchia"),
        ("LA", "Lào"), ("IN", "Ấn Độ"), ("AE", "Các Tiểu vương quốc Ả Rập Thống nhất"), ("SA", "Ả Rập Xê Út"), ("US", "Hoa Kỳ"),
        ("CA", "Canada"), ("AU", "Úc"), ("NZ", "New Zealand"), ("DE", "Đức"), ("FR", "Pháp"), ("NL", "Hà Lan"), ("BE", "Bỉ"),
        ("IT", "Ý"), ("ES", "Tây Ban Nha"), ("GB", "Vương quốc Anh"), ("CH", "Thụy Sĩ"), ("PL", "Ba Lan"), ("RU", "Nga"),
    ];

    private static readonly FrozenDictionary<string, string> VietnameseNames = Markets.ToFrozenDictionary(m => m.Code, m => m.Vietnamese);

    private static readonly FrozenDictionary<string, string> EnglishNames = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(culture => Region(culture.Name))
        .OfType<RegionInfo>()
        .Where(region => region.TwoLetterISORegionName.Length == 2 && char.IsAsciiLetterUpper(region.TwoLetterISORegionName[0]))
        .DistinctBy(region => region.TwoLetterISORegionName)
        .ToFrozenDictionary(region => region.TwoLetterISORegionName, region => region.EnglishName);

    /// <summary>Every code: the markets first, in their order, then the others by English name.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Markets.Select(m => m.Code).Where(EnglishNames.ContainsKey),
        .. EnglishNames.Where(c => !VietnameseNames.ContainsKey(c.Key)).OrderBy(c => c.Value, StringComparer.InvariantCulture).Select(c => c.Key),
    ];

    public static bool IsKnown(string? code) => code is not null && EnglishNames.ContainsKey(code);

    /// <summary>"Nhật Bản" or "Japan"; a code not known is given back as it is.</summary>
    public static string Name(string code, string culture) =>
        culture != Cultures.English && VietnameseNames.TryGetValue(code, out var vietnamese) ? vietnamese
        : EnglishNames.TryGetValue(code, out var english) ? english
        : code;

    public static string Name(string code) => Name(code, Cultures.Current);

    private static RegionInfo? Region(string name)
    {
        try
        {
            return new RegionInfo(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
