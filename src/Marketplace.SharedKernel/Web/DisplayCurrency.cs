using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.SharedKernel.Web;

/// <summary>
/// The currency a visitor from abroad reads prices in beside the đồng (US dollars or yen), at the
/// rate the alliance's admins set. Only shown: every price is charged in đồng, and each page that
/// shows an approximate price says so. Chosen in the footer (a cookie); the rate is read once per
/// page request (see the Web host's DisplayCurrencyFilter) and only for a visitor who chose one.
/// </summary>
public sealed class DisplayCurrency
{
    public const string CookieName = "mp-currency";

    /// <summary>The currencies a visitor may read prices in, besides the đồng.</summary>
    public static readonly IReadOnlyList<string> Foreign = ["USD", "JPY"];

    public string? Currency { get; private set; }

    /// <summary>Đồng for one unit of <see cref="Currency"/> (25,400 for a dollar, 168.5 for a yen).</summary>
    public decimal VndPerUnit { get; private set; }

    public DateTimeOffset Since { get; private set; }

    /// <summary>Whether prices on this page are shown in a second currency.</summary>
    public bool IsShown => Currency is not null;

    /// <summary>The foreign currency the visitor chose ("USD", "JPY"), or null for đồng alone.</summary>
    public static string? ChosenBy(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Request.Cookies.TryGetValue(CookieName, out var chosen) && Foreign.Contains(chosen) ? chosen : null;
    }

    public void Use(string currency, decimal vndPerUnit, DateTimeOffset since)
    {
        if (!Foreign.Contains(currency) || vndPerUnit <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(currency), $"{currency} at {vndPerUnit} is not a rate to show.");
        }

        (Currency, VndPerUnit, Since) = (currency, vndPerUnit, since);
    }

    /// <summary>"US$47.50", "¥7,420", or in Vietnamese "47,50 USD", "7.420 JPY"; null when no second currency is shown.</summary>
    public string? Approximate(Money money, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        if (Currency is null || money.Currency != Money.Vnd)
        {
            return null;
        }

        // The dollar has cents, the yen no minor unit.
        var decimals = Currency == "JPY" ? 0 : 2;
        var amount = Math.Round(money.Amount / VndPerUnit, decimals, MidpointRounding.AwayFromZero);
        var format = decimals == 0 ? "#,0" : "#,0.00";
        var digits = Math.Abs(amount).ToString(format, CultureInfo.InvariantCulture);
        var sign = amount < 0 ? "-" : string.Empty;
        if (string.Equals(culture.TwoLetterISOLanguageName, "vi", StringComparison.OrdinalIgnoreCase))
        {
            digits = InVietnamese(digits);
            return $"{sign}{digits}\u00A0{Currency}";
        }

        return $"{sign}{(Currency == "JPY" ? "¥" : "US$")}{digits}";
    }

    /// <summary>"25,400.5" written as Vietnamese readers write it: "25.400,5" (the separators swapped).</summary>
    public static string InVietnamese(string invariantDigits)
    {
        ArgumentNullException.ThrowIfNull(invariantDigits);
        return invariantDigits.Replace(',', ' ').Replace('.', ',').Replace(' ', '.');
    }

    /// <summary>The rate as the note under the prices says it: "1 USD = 25.400 ₫".</summary>
    public string Rate(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var vietnamese = string.Equals(culture.TwoLetterISOLanguageName, "vi", StringComparison.OrdinalIgnoreCase);
        var digits = VndPerUnit.ToString("#,0.####", CultureInfo.InvariantCulture);
        return vietnamese
            ? $"1 {Currency} = {InVietnamese(digits)}\u00A0₫"
            : $"1 {Currency} = ₫{digits}";
    }
}

/// <summary><c>@Html.Approximate(price)</c>: the price in the visitor's second currency, after the đồng, when they chose one.</summary>
public static class DisplayCurrencyHtml
{
    public static IHtmlContent Approximate(this IHtmlHelper html, Money money)
    {
        ArgumentNullException.ThrowIfNull(html);
        var display = html.ViewContext.HttpContext.RequestServices.GetService<DisplayCurrency>();
        if (display?.Approximate(money, CultureInfo.CurrentCulture) is not { } approximate)
        {
            return HtmlString.Empty;
        }

        var content = new HtmlContentBuilder();
        content.AppendHtml(" <small class=\"fx\">≈\u00A0");
        content.Append(approximate);
        content.AppendHtml("</small>");
        return content;
    }
}
