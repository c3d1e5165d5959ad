using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages;

/// <summary>
/// The footer's choice of a second currency for prices (USD, JPY, or đồng alone): remembers it in
/// a cookie and goes back. Without an antiforgery token, as the language switch: the footer is on
/// pages cached for every visitor, and another site choosing someone's display currency harms nothing.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class CurrencyModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? currency, string? returnUrl)
    {
        if (currency is not null && DisplayCurrency.Foreign.Contains(currency))
        {
            Response.Cookies.Append(DisplayCurrency.CookieName, currency, new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
            });
        }
        else
        {
            Response.Cookies.Delete(DisplayCurrency.CookieName);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
