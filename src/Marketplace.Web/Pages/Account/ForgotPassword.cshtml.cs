using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Marketplace.Accounts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Mail;
using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Account;

/// <summary>
/// Mails a reset link in the account's own language. The page says the same thing whether or
/// not the address has an account, so it cannot be used to find out who is registered.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.SignIn)]
public sealed class ForgotPasswordModel(UserManager<MarketplaceUser> users, IMailSender mail, IStringLocalizerFactory localizers, PublicSite site) : PageModel
{
    [BindProperty]
    public ForgotInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = site.Link(Url.Page("/Pages/Account/ResetPassword", pageHandler: null, values: new { email = user.Email, token })!);
            var culture = new CultureInfo(user.PreferredCulture);
            await mail.SendAsync(
                new OutgoingMail(
                    user.Email!,
                    user.DisplayName,
                    Localize(culture, "mail.reset.subject"),
                    Localize(culture, "mail.reset.body", user.DisplayName, link)),
                cancellationToken);
        }

        Sent = true;
        return Page();
    }

    /// <summary>A string in the recipient's language, which need not be the language of this request.</summary>
    private string Localize(CultureInfo culture, string key, params object[] arguments)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return localizers.Create(typeof(SharedText))[key, arguments].Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public sealed class ForgotInput
    {
        [Required(ErrorMessage = "validation.required")]
        [EmailAddress(ErrorMessage = "validation.email")]
        [Display(Name = "field.email")]
        public string Email { get; set; } = string.Empty;
    }
}
