using System.ComponentModel.DataAnnotations;
using Marketplace.Accounts;
using Marketplace.SharedKernel;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Account;

public sealed class ResetPasswordModel(UserManager<MarketplaceUser> users, IStringLocalizer<SharedText> text) : PageModel
{
    [BindProperty]
    public ResetInput Input { get; set; } = new();

    public void OnGet(string? email, string? token)
    {
        Input.Email = email ?? string.Empty;
        Input.Token = token ?? string.Empty;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null
            ? IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = text["account.reset.invalid"] })
            : await users.ResetPasswordAsync(user, Input.Token, Input.Password);
        if (result.Succeeded)
        {
            return RedirectToPage("/Pages/Account/Login", new { message = "password-reset" });
        }

        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) ? $"{nameof(Input)}.{nameof(ResetInput.Password)}" : string.Empty;
            ModelState.AddModelError(field, error.Code == "InvalidToken" ? text["account.reset.invalid"] : error.Description);
        }

        return Page();
    }

    public sealed class ResetInput : NewPasswordFields
    {
        [Required(ErrorMessage = "validation.required")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [Display(Name = "field.email")]
        public string Email { get; set; } = string.Empty;

        [Required(ErrorMessage = "validation.required")]
        public string Token { get; set; } = string.Empty;
    }
}
