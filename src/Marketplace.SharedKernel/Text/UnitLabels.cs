using Microsoft.Extensions.Localization;

namespace Marketplace.SharedKernel.Text;

/// <summary>
/// A unit as people say it: "kg", "yến", "túi 500 g" / "500 g bag", "thùng 10 kg" … The one way
/// pages label a unit, a product's or a request for quotation's; it never shows a resource key.
/// </summary>
public sealed class UnitLabels(IStringLocalizer<SharedText> text)
{
    public static readonly IReadOnlyList<string> Codes = ["g", "kg", "yen", "ta", "tan", "bag", "box"];

    /// <summary>Order lines made from quotes before units were stored as codes hold the Vietnamese word.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal) { ["yến"] = "yen", ["tạ"] = "ta", ["tấn"] = "tan" };

    public string Label<TUnit>(TUnit unit)
        where TUnit : struct, Enum => Label(unit.ToString().ToLowerInvariant());

    public string Label(string unit, int? netWeightGrams = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        unit = Words.GetValueOrDefault(unit, unit);
        if (netWeightGrams is { } grams && unit is "bag" or "box")
        {
            var weight = grams >= 1000 && grams % 1000 == 0 ? $"{grams / 1000} kg" : $"{grams} g";
            return text[$"unit.{unit}.weight", weight];
        }

        var label = text["unit." + unit];
        return label.ResourceNotFound ? unit : label.Value;
    }
}
