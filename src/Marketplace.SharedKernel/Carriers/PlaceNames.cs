using System.Globalization;
using System.Text;

namespace Marketplace.SharedKernel.Carriers;

/// <summary>How a carrier's address book answered a province and commune.</summary>
public enum AddressLookup
{
    Found,

    /// <summary>The carrier's book has no commune of that name in the province.</summary>
    NotListed,

    /// <summary>Several of the province's communes (in different districts) have that name: which one is not guessed.</summary>
    Ambiguous,

    /// <summary>The carrier did not answer: try again later.</summary>
    NoAnswer,
}

/// <summary>
/// Carriers book parcels by their own address ids (GHN's district and ward, Viettel Post's
/// province and ward), which our addresses (province and commune by name) do not carry: each
/// carrier's book is read and its places found by name, spelt as the carrier and we spell them.
/// </summary>
public static class PlaceNames
{
    /// <summary>
    /// A name as a carrier's and our spellings meet: lower case, the kind of place in front left off
    /// ("Xã Như Cố", "X. Như Cố", "XÃ NHƯ CỐ" and "như cố" are one), the tone mark where either
    /// spelling rule puts it ("Hoà" and "Hòa" are one), the accents kept (Nhân and Nhãn are two places).
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

    /// <summary>
    /// Files <paramref name="place"/> under each of its names' keys; a key that already names
    /// another place (<paramref name="same"/> false: "Phường 1" of two districts) holds null from
    /// then on, so neither is chosen.
    /// </summary>
    public static void Add<T>(IDictionary<string, T?> book, IEnumerable<string> names, T place, Func<T, T, bool> same)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(same);
        foreach (var key in names.Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
        {
            if (!book.TryGetValue(key, out var other))
            {
                book[key] = place;
            }
            else if (other is not null && !same(other, place))
            {
                book[key] = null;
            }
        }
    }

    /// <summary>The place filed under <paramref name="name"/>'s key, or why there is none.</summary>
    public static (T? Place, AddressLookup Lookup) Find<T>(IReadOnlyDictionary<string, T?>? book, string name)
        where T : class =>
        book is null ? (null, AddressLookup.NoAnswer)
        : !book.TryGetValue(Key(name), out var place) ? (null, AddressLookup.NotListed)
        : place is null ? (null, AddressLookup.Ambiguous)
        : (place, AddressLookup.Found);

    /// <summary>The tone mark on the second vowel of oa, oe, uy (the newer rule) moved to the first (the older), both sides alike.</summary>
    private static readonly (string Newer, string Older)[] ToneMarks =
    [
        ("oà", "òa"), ("oá", "óa"), ("oả", "ỏa"), ("oã", "õa"), ("oạ", "ọa"), ("oè", "òe"), ("oé", "óe"), ("oẻ", "ỏe"), ("oẽ", "õe"), ("oẹ", "ọe"),
        ("uỳ", "ùy"), ("uý", "úy"), ("uỷ", "ủy"), ("uỹ", "ũy"), ("uỵ", "ụy"),
    ];

    private static readonly string[] Kinds =
        ["thành phố ", "tp.", "tp ", "tỉnh ", "thị trấn ", "tt.", "thị xã ", "tx.", "đặc khu ", "phường ", "p.", "xã ", "x.", "quận ", "huyện "];
}
