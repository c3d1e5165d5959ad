using System.Globalization;

namespace Marketplace.Web.Infrastructure.Localization;

internal static class Cultures
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static readonly CultureInfo[] Supported = [new(Vietnamese), new(English)];

    public static bool IsSupported(string? culture) => culture is Vietnamese or English;

    /// <summary>"vi" or "en" for the current request, as the user models store it.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : Vietnamese;
}
