using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Payments.Features.ExchangeRates;

/// <summary>The rates prices are shown at for buyers abroad: each currency's in force, a form to set it, and the rates set before.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class ExchangeRatesModel(ISender sender, IStringLocalizer<PaymentsText> text) : PageModel
{
    public ExchangeRatesView? Rates { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rates = await sender.Send(new ListExchangeRatesQuery(), cancellationToken);

    /// <summary>The rate is read as the number field sends it, a dot before decimals in every language (InvariantFormValues).</summary>
    public async Task<IActionResult> OnPostAsync(string? currency, decimal? vndPerUnit, CancellationToken cancellationToken)
    {
        if (vndPerUnit is { } rate)
        {
            var result = await sender.Send(new SetExchangeRateCommand(currency ?? string.Empty, rate, User.Email()), cancellationToken);
            if (result.IsSuccess)
            {
                TempData["Flash"] = text["fx.set", result.Value.Currency].Value;
                return RedirectToPage();
            }

            ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        }
        else
        {
            ModelState.AddModelError(string.Empty, text["fx.rate.required"]);
        }

        await OnGetAsync(cancellationToken);
        return Page();
    }
}
