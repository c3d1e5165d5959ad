namespace Marketplace.SharedKernel.Vietnam;

/// <summary>
/// A Vietnamese tax code (mã số thuế): ten digits whose last is a check digit, optionally
/// followed by "-" and a three-digit branch number (001-999). The check digit is
/// 10 - (Σ dᵢ·wᵢ mod 11) over the first nine digits with weights 31, 29, 23, 19, 17, 13, 7, 5, 3;
/// a remainder of 0 (which would need the digit 10) is never issued.
/// </summary>
public static class TaxCode
{
    private static readonly int[] Weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

    /// <summary>The canonical form ("0100107518" or "0100107518-001"), or null when not a valid code.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var compact = new string(input.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        var digits = compact.Replace("-", string.Empty, StringComparison.Ordinal);
        if (digits.Length is not (10 or 13) || !digits.All(char.IsAsciiDigit) || !HasValidCheckDigit(digits))
        {
            return null;
        }

        if (digits.Length == 10)
        {
            return digits;
        }

        var branch = digits[10..];
        return branch == "000" ? null : $"{digits[..10]}-{branch}";
    }

    public static bool IsValid(string? input) => Normalize(input) is not null;

    private static bool HasValidCheckDigit(string digits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        var remainder = sum % 11;
        return remainder != 0 && 10 - remainder == digits[9] - '0';
    }
}
