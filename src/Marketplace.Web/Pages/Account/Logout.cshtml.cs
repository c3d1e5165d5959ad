using Marketplace.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Account;

/// <summary>Signing out is a POST from the header's form (antiforgery-checked); a GET just goes home.</summary>
public sealed class LogoutModel(SignInManager<MarketplaceUser> signIn) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Pages/Account/Login", new { message = "signed-out" });
    }
}
