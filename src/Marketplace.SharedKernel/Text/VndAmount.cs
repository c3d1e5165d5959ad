using System.Globalization;

namespace Marketplace.SharedKernel.Text;

/// <summary>
/// An amount of đồng as people in Vietnam write it: "450.000" (dots group thousands), "450 000",
/// "450,000", "450000", "450k" or "450 nghìn", "1,5tr" or "1.5 triệu", with or without "đ",
/// "₫" or "VND". A separator followed by three digits groups thousands; before a "k" or "tr"
/// one with fewer digits is a decimal point. Whole đồng only: there is no smaller coin.
/// </summary>
public static class VndAmount
{
    private static readonly (string Suffix, long Factor)[] Multipliers =
    [
        ("triệu", 1_000_000), ("trieu", 1_000_000), ("tr", 1_000_000), ("m", 1_000_000),
        ("nghìn", 1_000), ("nghin", 1_000), ("ngàn", 1_000), ("ngan", 1_000), ("k", 1_000),
    ];

    private static readonly string[] Currency = ["vnđ", "vnd", "đồng", "dong", "đ", "₫", "d"];

    public static bool TryParse(string? text, out long amount)
    {
        amount = 0;
        var rest = (text ?? string.Empty).Normalize(System.Text.NormalizationForm.FormC).Trim().ToLowerInvariant()
            .Replace('\u00A0', ' ').Replace('\u202F', ' ');
        rest = StripSuffix(rest, Currency);
        long factor = 1;
        foreach (var (suffix, multiplier) in Multipliers)
        {
            if (rest.EndsWith(suffix, StringComparison.Ordinal) && rest.Length > suffix.Length && !char.IsLetter(rest[^(suffix.Length + 1)]))
            {
                rest = rest[..^suffix.Length].TrimEnd();
                factor = multiplier;
                break;
            }
        }

        if (rest.Length == 0 || !rest.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or ' ') || !char.IsAsciiDigit(rest[0]) || !char.IsAsciiDigit(rest[^1]))
        {
            return false;
        }

        // More digits than any price has (a long holds 19) would overflow decimal's parse, not just the price.
        if (rest.Count(char.IsAsciiDigit) > 18)
        {
            return false;
        }

        var groups = rest.Split(['.', ',', ' ']);
        decimal value;
        if (groups.Length > 1 && groups.Skip(1).All(g => g.Length == 3) && groups[0].Length is >= 1 and <= 3)
        {
            // Thousands grouped: "450.000", "1 250 000", "12,500".
            value = decimal.Parse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (groups.Length == 1)
        {
            value = decimal.Parse(rest, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (groups.Length == 2 && factor > 1 && groups[1].Length <= 3)
        {
            // A decimal before a multiplier: "1,5tr", "2.5k".
            value = decimal.Parse($"{groups[0]}.{groups[1]}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }
        else
        {
            return false;
        }

        var total = value * factor;
        if (total > long.MaxValue / 1000 || total != decimal.Truncate(total))
        {
            return false;
        }

        amount = (long)total;
        return true;
    }

    private static string StripSuffix(string text, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal) && text.Length > suffix.Length && !char.IsLetter(text[^(suffix.Length + 1)]))
            {
                return text[..^suffix.Length].TrimEnd();
            }
        }

        return text;
    }
}
