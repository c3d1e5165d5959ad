using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Products;

/// <summary>A unit as people say it: "kg", "yến", "túi 500 g" / "500 g bag", "thùng 10 kg" …</summary>
public sealed class UnitLabels(IStringLocalizer<SharedResource> text)
{
    public static readonly IReadOnlyList<string> Codes = ["g", "kg", "yen", "ta", "tan", "bag", "box"];

    public string Label(string unit, int? netWeightGrams)
    {
        if (netWeightGrams is { } grams && unit is "bag" or "box")
        {
            var weight = grams >= 1000 && grams % 1000 == 0 ? $"{grams / 1000} kg" : $"{grams} g";
            return text[$"unit.{unit}.weight", weight];
        }

        return text["unit." + unit];
    }
}
