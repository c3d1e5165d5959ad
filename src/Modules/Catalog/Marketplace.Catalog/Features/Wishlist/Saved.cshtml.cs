using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.Wishlist;

/// <summary>
/// A person's saved products and followed cooperatives. The buttons on product pages and
/// storefronts post here and go back where they were (a local address only).
/// </summary>
[Authorize]
internal sealed class SavedModel(ISender sender, IStringLocalizer<CatalogText> text) : PageModel
{
    public WishlistView Wishlist { get; private set; } = new([], []);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Wishlist = await sender.Send(new GetWishlistQuery(User.UserId()), cancellationToken);

    public async Task<IActionResult> OnPostSaveAsync(ProductId productId, string? returnUrl, CancellationToken cancellationToken)
    {
        var saved = await sender.Send(new SaveProductCommand(User.UserId(), productId, User.Email(), Cultures.Current), cancellationToken);
        return await BackAsync(saved, s => text[s.WaitingForStock ? "wishlist.saved.waiting" : "wishlist.saved", s.Name], returnUrl, cancellationToken);
    }

    public async Task<IActionResult> OnPostForgetAsync(ProductId productId, string? returnUrl, CancellationToken cancellationToken)
    {
        var forgotten = await sender.Send(new ForgetProductCommand(User.UserId(), productId), cancellationToken);
        return await BackAsync(forgotten, _ => text["wishlist.forgotten"], returnUrl, cancellationToken);
    }

    public async Task<IActionResult> OnPostFollowAsync(CooperativeId cooperativeId, string? returnUrl, CancellationToken cancellationToken)
    {
        var followed = await sender.Send(new FollowCooperativeCommand(User.UserId(), cooperativeId, User.Email(), Cultures.Current), cancellationToken);
        return await BackAsync(followed, f => text["wishlist.followed", f.Name], returnUrl, cancellationToken);
    }

    public async Task<IActionResult> OnPostUnfollowAsync(CooperativeId cooperativeId, string? returnUrl, CancellationToken cancellationToken)
    {
        var unfollowed = await sender.Send(new UnfollowCooperativeCommand(User.UserId(), cooperativeId), cancellationToken);
        return await BackAsync(unfollowed, _ => text["wishlist.unfollowed"], returnUrl, cancellationToken);
    }

    /// <summary>Done: back where the button was, saying so. Refused (a product no longer sold, a full list): this page, saying why.</summary>
    private async Task<IActionResult> BackAsync<T>(
        Result<T> result, Func<T, LocalizedString> said, string? returnUrl, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = said(result.Value).Value;
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : WishlistPaths.Page);
        }

        ModelState.AddErrors(result.Error!, string.Empty);
        Response.StatusCode = result.Error!.Type == ErrorType.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
