namespace Marketplace.SharedKernel.Vietnam;

/// <summary>
/// Vietnamese phone numbers as people write them: mobile "0912 345 678", "+84 912 345 678",
/// landline "024 3825 1234" (area codes start with 2 since the 2017 renumbering).
/// </summary>
public static class PhoneNumber
{
    /// <summary>The number in national form ("0912345678"), or null when it is not a Vietnamese number.</summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var compact = new string(input.Where(c => !char.IsWhiteSpace(c) && c is not ('.' or '-' or '(' or ')')).ToArray());
        string national;
        if (compact.StartsWith("+84", StringComparison.Ordinal))
        {
            national = "0" + compact[3..];
        }
        else if (compact.StartsWith("84", StringComparison.Ordinal) && compact.Length == 11)
        {
            national = "0" + compact[2..];
        }
        else
        {
            national = compact;
        }

        if (!national.All(char.IsAsciiDigit) || national.Length < 10 || national[0] != '0')
        {
            return null;
        }

        var mobile = national.Length == 10 && national[1] is '3' or '5' or '7' or '8' or '9';
        var landline = national.Length == 11 && national[1] == '2';
        return mobile || landline ? national : null;
    }
}
