using System.ComponentModel.DataAnnotations;
using Marketplace.Accounts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Account;

/// <summary>Registration for people: sends the same command as the API, then signs the new shopper in.</summary>
[EnableRateLimiting(RateLimitPolicies.Registration)]
public sealed class RegisterModel(
    ISender sender, SignInManager<MarketplaceUser> signIn, UserManager<MarketplaceUser> users, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public RegisterInput Input { get; set; } = new();

    /// <summary>Where the person was going (a cooperative's "open a storefront" link leads to the application): only our own pages.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await sender.Send(new RegisterAccountCommand(Input.Email, Input.Password, Input.DisplayName, Cultures.Current), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Error!, nameof(Input));
            return Page();
        }

        var user = await users.FindByIdAsync(result.Value.UserId.ToString());
        await signIn.SignInAsync(user!, isPersistent: false);
        TempData["Flash"] = text["account.register.done", result.Value.DisplayName].Value;
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
    }

    public sealed class RegisterInput : NewPasswordFields
    {
        [Required(ErrorMessage = "validation.required")]
        [StringLength(100, ErrorMessage = "validation.maxlength")]
        [Display(Name = "field.displayname")]
        public string DisplayName { get; set; } = string.Empty;

        [Required(ErrorMessage = "validation.required")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [StringLength(256, ErrorMessage = "validation.maxlength")]
        [Display(Name = "field.email")]
        public string Email { get; set; } = string.Empty;
    }
}
