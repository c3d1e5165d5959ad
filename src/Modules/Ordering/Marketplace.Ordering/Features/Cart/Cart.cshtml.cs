using Marketplace.Ordering.Features.Vouchers;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Ordering.Features.Cart;

/// <summary>
/// The cart, grouped by cooperative and priced now; anyone may fill one, signed in or not.
/// A product page served from the cache to a visitor (ShopPages) has no antiforgery token in its
/// form: the browser asks for one as the button is pressed (site.js). So the token is checked here,
/// not by the page's filter: without one (no script), nothing changes, and the visitor is sent back
/// to a page rendered for them, with its token, and asked to press again.
/// </summary>
[IgnoreAntiforgeryToken]
internal sealed class CartModel(ISender sender, IStringLocalizer<OrderingText> text, IAntiforgery antiforgery) : PageModel
{
    public CartView? Cart { get; private set; }

    /// <summary>A voucher code the cart refused, kept in its box to correct.</summary>
    public string? TypedCode { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Cart = await sender.Send(
            new GetCartQuery(await CartOwners.ForAsync(HttpContext, sender, cancellationToken), HttpContext.IsBusinessBuyer()), cancellationToken);

    public Task<IActionResult> OnPostAddAsync(VariantId variantId, int quantity, string? returnUrl, CancellationToken cancellationToken) =>
        SetAsync(variantId, quantity, add: true, returnUrl, cancellationToken);

    public Task<IActionResult> OnPostSetAsync(VariantId variantId, int quantity, CancellationToken cancellationToken) =>
        SetAsync(variantId, quantity, add: false, null, cancellationToken);

    public async Task<IActionResult> OnPostSetPreorderAsync(Guid windowId, int quantity, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            TempData["Flash"] = text["cart.pressagain"].Value;
            return RedirectToPage();
        }

        var owner = await CartOwners.ForAsync(HttpContext, sender, cancellationToken);
        var result = await sender.Send(new SetCartPreorderCommand(owner, windowId, quantity, Add: false, HttpContext.IsBusinessBuyer()), cancellationToken);
        return await AfterAsync(result.IsSuccess ? null : result.Error, owner, cancellationToken);
    }

    public Task<IActionResult> OnPostVoucherAsync(string? code, CancellationToken cancellationToken) => VoucherAsync(code, cancellationToken);

    public Task<IActionResult> OnPostRemoveVoucherAsync(CancellationToken cancellationToken) => VoucherAsync(null, cancellationToken);

    /// <summary>Reserves the cart's pre-orders; the buyer then pays each deposit from their reservations, where each has its reference.</summary>
    public async Task<IActionResult> OnPostReserveAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            TempData["Flash"] = text["cart.pressagain"].Value;
            return RedirectToPage();
        }

        var owner = await CartOwners.ForAsync(HttpContext, sender, cancellationToken);
        var result = await sender.Send(new ReserveCartCommand(owner, User.UserId(), User.Email(), Cultures.Current), cancellationToken);
        if (!result.IsSuccess)
        {
            return await AfterAsync(result.Error, owner, cancellationToken);
        }

        var made = text["cart.preorders.made", string.Join(", ", result.Value.Reservations.Select(r => r.Number))].Value;
        var refused = result.Value.Refused.Select(r => $"{r.ProductName}: {r.Detail}").ToList();
        TempData["Flash"] = refused.Count == 0 ? made : $"{made} {text["cart.preorders.refused", string.Join("; ", refused)].Value}";
        return Redirect("/reservations");
    }

    private async Task<IActionResult> VoucherAsync(string? code, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            TempData["Flash"] = text["cart.pressagain"].Value;
            return RedirectToPage();
        }

        var owner = await CartOwners.ForAsync(HttpContext, sender, cancellationToken);
        var result = await sender.Send(new ApplyVoucherCommand(owner, code, HttpContext.IsBusinessBuyer()), cancellationToken);
        if (!result.IsSuccess)
        {
            TypedCode = code;
            return await AfterAsync(result.Error, owner, cancellationToken);
        }

        TempData["Flash"] = text[code is null ? "voucher.removed" : "voucher.applied"].Value;
        return RedirectToPage();
    }

    private async Task<IActionResult> AfterAsync(SharedKernel.Results.Error? error, CartOwner owner, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            TempData["Flash"] = text["cart.updated"].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(error, string.Empty, _ => string.Empty);
        Cart = await sender.Send(new GetCartQuery(owner, HttpContext.IsBusinessBuyer()), cancellationToken);
        return Page();
    }

    private async Task<IActionResult> SetAsync(VariantId variantId, int quantity, bool add, string? returnUrl, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            TempData["Flash"] = text["cart.pressagain"].Value;
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
        }

        var owner = await CartOwners.ForAsync(HttpContext, sender, cancellationToken);
        var result = await sender.Send(new SetCartLineCommand(owner, variantId, quantity, add, HttpContext.IsBusinessBuyer()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[add ? "cart.added" : "cart.updated"].Value;
            return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage();
        }

        return await AfterAsync(result.Error, owner, cancellationToken);
    }
}
