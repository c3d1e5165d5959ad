using System.Globalization;

namespace Marketplace.SharedKernel.Text;

/// <summary>The marketplace's two languages, and the one place that says which one a request speaks.</summary>
public static class Cultures
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    /// <summary>
    /// English dates read "2 Dec 2026" and times "14:05", not the US "12/2/2026 2:05 PM" that
    /// .NET's neutral English gives: the same day-first order as the Vietnamese beside them.
    /// </summary>
    public static readonly CultureInfo[] Supported =
    [
        new(Vietnamese),
        new(English) { DateTimeFormat = { ShortDatePattern = "d MMM yyyy", ShortTimePattern = "HH:mm" } },
    ];

    public static bool IsSupported(string? culture) => culture is Vietnamese or English;

    /// <summary>"vi" or "en" for the current request, as the user models store it.</summary>
    public static bool IsEnglish => Current == English;

    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : Vietnamese;
}
