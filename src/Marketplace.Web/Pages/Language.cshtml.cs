using Marketplace.SharedKernel.Text;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Marketplace.Web.Pages;

/// <summary>
/// The language switch in every page's header: remembers the choice in a cookie and goes back.
/// Without an antiforgery token: the header is on the pages cached for every visitor (ShopPages),
/// and another site making someone's browser choose a language harms nothing.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (Cultures.IsSupported(culture))
        {
            Response.SetLanguageCookie(culture!);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? WithoutLanguage(returnUrl!) : "/");
    }

    /// <summary>
    /// The page to go back to without its "?lang=" (the address search engines are given for a
    /// language): it would outrank the choice just made and keep the page in the other language.
    /// </summary>
    private static string WithoutLanguage(string url)
    {
        var query = url.IndexOf('?', StringComparison.Ordinal);
        if (query < 0)
        {
            return url;
        }

        var kept = QueryHelpers.ParseQuery(url[query..])
            .Where(pair => !string.Equals(pair.Key, "lang", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string?>(pair.Key, value)));
        return url[..query] + QueryString.Create(kept).ToUriComponent();
    }
}
