namespace Marketplace.SharedKernel.Trade;

/// <summary>
/// A Harmonized System code: 6 digits shared by every customs (0802.62, shelled macadamia nuts), 8
/// in Vietnam's and ASEAN's tariff (AHTN), 10 in some countries' own. Written with or without dots
/// and spaces; kept as digits, shown as "0802.62.00".
/// </summary>
public static class HsCode
{
    /// <summary>The digits of a valid code (a chapter 01-97, and 6, 8 or 10 digits), or null.</summary>
    public static string? Normalize(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return null;
        }

        var digits = new string(written.Where(c => c is not ('.' or ' ' or '-')).ToArray());
        return digits.Length is 6 or 8 or 10 && digits.All(char.IsAsciiDigit) && digits[..2] is not "00" and not "98" and not "99"
            ? digits
            : null;
    }

    /// <summary>"0802.62.00" for "08026200".</summary>
    public static string Format(string digits) =>
        digits.Length <= 4 ? digits : digits[..4] + "." + string.Join('.', digits[4..].Chunk(2).Select(pair => new string(pair)));
}
