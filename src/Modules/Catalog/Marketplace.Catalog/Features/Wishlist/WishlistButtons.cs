using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Catalog.Features.Wishlist;

/// <summary>
/// A button that saves a product, or says it is saved and takes it off. A visitor not signed in
/// (the page then comes from the cache, the same for all) gets a link to sign in and come back.
/// Public because MVC finds view components only among public types.
/// </summary>
public sealed class SaveProductViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ProductId productId, string returnUrl)
    {
        var saved = UserClaimsPrincipal.Identity?.IsAuthenticated == true
            && (await sender.Send(new GetInterestQuery(UserClaimsPrincipal.UserId(), productId, null), HttpContext.RequestAborted)).Saved;
        return View("/Features/Wishlist/_SaveProduct.cshtml", new WishlistButton(productId.Value, returnUrl, saved));
    }
}

/// <summary>The storefront's "follow" button, or "following" to stop; a link to sign in for a visitor not signed in.</summary>
public sealed class FollowCooperativeViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CooperativeId cooperativeId, string returnUrl)
    {
        var following = UserClaimsPrincipal.Identity?.IsAuthenticated == true
            && (await sender.Send(new GetInterestQuery(UserClaimsPrincipal.UserId(), null, cooperativeId), HttpContext.RequestAborted)).Following;
        return View("/Features/Wishlist/_FollowCooperative.cshtml", new WishlistButton(cooperativeId.Value, returnUrl, following));
    }
}

/// <summary>What a button posts (a product's or a cooperative's id), where it comes back to, and whether it is on.</summary>
internal sealed record WishlistButton(Guid Id, string ReturnUrl, bool On);
