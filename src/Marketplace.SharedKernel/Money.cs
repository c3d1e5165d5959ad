using System.Globalization;

namespace Marketplace.SharedKernel;

/// <summary>
/// An amount of money in whole units of its currency. The marketplace trades in Vietnamese đồng,
/// which has no minor unit (Stripe treats VND as zero-decimal), so the amount is a plain
/// <see cref="long"/> and never a floating-point number.
/// </summary>
public readonly record struct Money(long Amount, string Currency)
{
    public const string Vnd = "VND";

    public static Money Zero => new(0, Vnd);

    public static Money Dong(long amount) => new(amount, Vnd);

    public static Money operator +(Money left, Money right) => new(checked(left.Amount + right.Amount), SameCurrency(left, right));

    public static Money operator -(Money left, Money right) => new(checked(left.Amount - right.Amount), SameCurrency(left, right));

    public static Money operator *(Money money, int quantity) => new(checked(money.Amount * quantity), money.Currency);

    public Money Add(Money other) => this + other;

    public Money Subtract(Money other) => this - other;

    public Money Multiply(int quantity) => this * quantity;

    /// <summary>
    /// Formats as Vietnamese readers expect (<c>1.250.000 ₫</c>) or, for any other culture, as
    /// English readers do (<c>₫1,250,000</c>). Written out rather than taken from the OS culture
    /// data, which differs between ICU versions and is absent in invariant-globalization mode.
    /// The space before ₫ does not break: the sign never wraps alone onto the next line.
    /// </summary>
    public string Format(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var digits = Math.Abs(Amount).ToString("#,0", CultureInfo.InvariantCulture);
        var sign = Amount < 0 ? "-" : string.Empty;
        if (Currency != Vnd)
        {
            return $"{sign}{digits} {Currency}";
        }

        return IsVietnamese(culture)
            ? $"{sign}{digits.Replace(',', '.')}\u00A0₫"
            : $"{sign}₫{digits}";
    }

    /// <summary>
    /// The amount as a person says it at a glance, for a report's headline figures: <c>15,25 tỷ ₫</c>
    /// or <c>₫15.25bn</c>, <c>840 triệu ₫</c> or <c>₫840m</c> (two decimals at most); below a million
    /// it is <see cref="Format"/>. The exact figure stays in the tables under it.
    /// </summary>
    public string FormatCompact(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var size = Math.Abs(Amount);
        if (Currency != Vnd || size < 1_000_000)
        {
            return Format(culture);
        }

        var (scale, vi, en) = size >= 1_000_000_000 ? (1_000_000_000m, "tỷ", "bn") : (1_000_000m, "triệu", "m");
        var figure = Math.Round(size / scale, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
        var sign = Amount < 0 ? "-" : string.Empty;
        return IsVietnamese(culture) ? $"{sign}{figure.Replace('.', ',')}\u00A0{vi}\u00A0₫" : $"{sign}₫{figure}{en}";
    }

    public override string ToString() => Format(CultureInfo.InvariantCulture);

    private static bool IsVietnamese(CultureInfo culture) =>
        string.Equals(culture.TwoLetterISOLanguageName, "vi", StringComparison.OrdinalIgnoreCase);

    private static string SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new InvalidOperationException($"Cannot combine {left.Currency} with {right.Currency}.");
}
