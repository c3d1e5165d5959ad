using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Marketplace.Catalog.Domain;

/// <summary>
/// The box one unit ships in, in whole centimetres. Carriers charge a large light box by its
/// volumetric weight (length × width × height over their divisor) when it outweighs the goods, so
/// a cooperative that states it gets a fair quote for a box of dried longan as for a bag of tea.
/// </summary>
internal sealed partial record BoxSize(int LengthCm, int WidthCm, int HeightCm)
{
    /// <summary>The longest side the carriers take as a parcel (GHN's limit; beyond it is freight).</summary>
    public const int MaxSideCm = 200;

    [JsonIgnore]
    public long Cm3 => (long)LengthCm * WidthCm * HeightCm;

    [JsonIgnore]
    public bool Valid => LengthCm is >= 1 and <= MaxSideCm && WidthCm is >= 1 and <= MaxSideCm && HeightCm is >= 1 and <= MaxSideCm;

    /// <summary>The three sides stored one per column, or none.</summary>
    public static BoxSize? From(int? lengthCm, int? widthCm, int? heightCm) =>
        lengthCm is { } l && widthCm is { } w && heightCm is { } h ? new BoxSize(l, w, h) : null;

    /// <summary>
    /// Reads a box as people type it on a phone: "30x20x15", "30×20×15", "30*20*15" or "30 20 15";
    /// blank is no box. False for anything else (two sides, letters, a side of 0 or over 200 cm).
    /// </summary>
    public static bool TryParse(string? text, out BoxSize? box)
    {
        box = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        // "200 x 200 x 200 cm" is the longest box there is: anything longer is not one, and is not given to the pattern.
        if (text.Length > 40)
        {
            return false;
        }

        var match = Sides().Match(text.Trim());
        if (!match.Success
            || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var l)
            || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            || !int.TryParse(match.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var h))
        {
            return false;
        }

        box = new BoxSize(l, w, h);
        return box.Valid;
    }

    public override string ToString() => FormattableString.Invariant($"{LengthCm}×{WidthCm}×{HeightCm}");

    [GeneratedRegex(
        @"^([0-9]{1,4})(?:\s*[x×X*]\s*|\s+)([0-9]{1,4})(?:\s*[x×X*]\s*|\s+)([0-9]{1,4})\s*(?:cm)?$",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 100)]
    private static partial Regex Sides();
}
