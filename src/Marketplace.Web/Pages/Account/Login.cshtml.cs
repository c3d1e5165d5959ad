using System.ComponentModel.DataAnnotations;
using Marketplace.Accounts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Pages.Account;

[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class LoginModel(SignInManager<MarketplaceUser> signIn, IOptions<IdentityOptions> identity, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Message { get; private set; }

    public void OnGet(string? message) => Message = message switch
    {
        "signed-out" => text["account.logout.done"].Value,
        "password-reset" => text["account.reset.done"].Value,
        _ => null,
    };

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? text["account.login.lockedout", (int)identity.Value.Lockout.DefaultLockoutTimeSpan.TotalMinutes]
            : text["account.login.failed"]);
        return Page();
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "validation.required")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [Display(Name = "field.email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "validation.required")]
        [DataType(DataType.Password)]
        [Display(Name = "field.password")]
        public string Password { get; set; } = string.Empty;

        [Display(Name = "field.rememberme")]
        public bool RememberMe { get; set; }
    }
}
