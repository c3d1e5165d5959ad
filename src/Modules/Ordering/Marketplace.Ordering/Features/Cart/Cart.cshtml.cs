using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Cart;

/// <summary>The cart, grouped by cooperative and priced now; anyone may fill one, signed in or not.</summary>
internal sealed class CartModel(ISender sender, IStringLocalizer<OrderingText> text) : PageModel
{
    public CartView? Cart { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cart = await sender.Send(
            new GetCartQuery(await CartOwners.ForAsync(HttpContext, sender, cancellationToken), HttpContext.IsBusinessBuyer()), cancellationToken);

    public Task<IActionResult> OnPostAddAsync(VariantId variantId, int quantity, string? returnUrl, CancellationToken cancellationToken) =>
        SetAsync(variantId, quantity, add: true, returnUrl, cancellationToken);

    public Task<IActionResult> OnPostSetAsync(VariantId variantId, int quantity, CancellationToken cancellationToken) =>
        SetAsync(variantId, quantity, add: false, null, cancellationToken);

    private async Task<IActionResult> SetAsync(VariantId variantId, int quantity, bool add, string? returnUrl, CancellationToken cancellationToken)
    {
        var owner = await CartOwners.ForAsync(HttpContext, sender, cancellationToken);
        var result = await sender.Send(new SetCartLineCommand(owner, variantId, quantity, add, HttpContext.IsBusinessBuyer()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[add ? "cart.added" : "cart.updated"].Value;
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        Cart = await sender.Send(new GetCartQuery(owner, HttpContext.IsBusinessBuyer()), cancellationToken);
        return Page();
    }
}
