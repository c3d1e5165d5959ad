using Marketplace.Ordering.Features.Cart;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// A window as buyers see it (from the product's page and the season's calendar): what is coming,
/// when, at what price and deposit, how much is left, and the form that reserves. Never cached:
/// what is left changes with every reservation.
/// </summary>
internal sealed class PreorderModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public PreorderWindowView? Window { get; private set; }

    [BindProperty]
    public int? Quantity { get; set; }

    [BindProperty]
    public bool Waitlist { get; set; }

    /// <summary>The buyer asked for more than is left: the page offers the waiting list.</summary>
    public bool OfferWaitlist { get; private set; }

    /// <summary>The signed-in buyer asked to be told when this coming window opens.</summary>
    public bool AlertAsked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid windowId, CancellationToken cancellationToken) =>
        await LoadAsync(windowId, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid windowId, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!await LoadAsync(windowId, cancellationToken))
        {
            return NotFound();
        }

        var waitlist = Waitlist || Window!.Left == 0;
        var result = await sender.Send(
            new ReserveCommand(windowId, User.UserId(), User.Email(), Cultures.Current, Quantity ?? 0, waitlist), cancellationToken);
        if (result.IsSuccess)
        {
            var done = result.Value.Status == "Waitlisted" ? "reservation.waitlisted" : "reservation.made";
            TempData["Flash"] = text[done, result.Value.Number].Value;
            return Redirect("/reservations");
        }

        OfferWaitlist = result.Error!.Code == "preorder.capacity";
        ModelState.AddErrors(result.Error, string.Empty, _ => nameof(Quantity));
        return Page();
    }

    /// <summary>Into the cart, beside the goods, to be reserved from there; a visitor may do this before signing in.</summary>
    public async Task<IActionResult> OnPostAddToCartAsync(Guid windowId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(windowId, cancellationToken))
        {
            return NotFound();
        }

        var owner = await CartOwners.ForAsync(HttpContext, sender, cancellationToken);
        var result = await sender.Send(new SetCartPreorderCommand(owner, windowId, Quantity ?? 0, Add: true, HttpContext.IsBusinessBuyer()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["preorder.addedtocart"].Value;
            return RedirectToPage(new { windowId });
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => nameof(Quantity));
        return Page();
    }

    public Task<IActionResult> OnPostAlertAsync(Guid alertWindowId) => PreorderAlertActions.AskAsync(this, sender, text, alertWindowId);

    public Task<IActionResult> OnPostDropAlertAsync(Guid alertWindowId) => PreorderAlertActions.DropAsync(this, sender, text, alertWindowId);

    private async Task<bool> LoadAsync(Guid windowId, CancellationToken cancellationToken)
    {
        var window = await sender.Send(new GetPreorderQuery(windowId), cancellationToken);
        Window = window.IsSuccess ? window.Value : null;
        if (Window is { Phase: "coming" } && User.Identity?.IsAuthenticated == true)
        {
            AlertAsked = (await sender.Send(new ListMyPreorderAlertsQuery(User.UserId()), cancellationToken)).Contains(windowId);
        }

        return window.IsSuccess;
    }
}
