using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Features.ModerateProduct;
using Marketplace.Catalog.Features.Reviews;
using Marketplace.Catalog.Features.SearchProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.GetProduct;

/// <summary>A public product's page; volume tiers show to verified business buyers; admins can hide it.</summary>
[OutputCache(PolicyName = ShopPages.Policy)]
internal sealed class ProductModel(ISender sender, IStringLocalizer<CatalogText> text) : PageModel
{
    public ProductDetails? Product { get; private set; }

    public string CategorySlug { get; private set; } = string.Empty;

    public bool ShowTiers => User.IsInRole(Roles.BulkBuyer);

    /// <summary>Whether the person acts for the product's cooperative, and may answer its reviews.</summary>
    public bool IsVendorStaff { get; private set; }

    public async Task<IActionResult> OnPostReplyAsync(string vendor, string slug, Guid reviewId, string? reply, CancellationToken cancellationToken) =>
        await ProductIdAsync(vendor, slug, cancellationToken) is { } id
            ? await AfterAsync(
                id,
                await sender.Send(new ReplyToReviewCommand(reviewId, User.UserId(), reply ?? string.Empty), cancellationToken),
                "reviews.replied",
                cancellationToken)
            : NotFound();

    public async Task<IActionResult> OnPostHideReviewAsync(string vendor, string slug, Guid reviewId, string? reason, CancellationToken cancellationToken)
    {
        if (!User.IsAdmin())
        {
            return Forbid();
        }

        return await ProductIdAsync(vendor, slug, cancellationToken) is { } id
            ? await AfterAsync(
                id, await sender.Send(new ModerateReviewCommand(reviewId, Hide: true, reason, User.Email()), cancellationToken), "reviews.hidden",
                cancellationToken)
            : NotFound();
    }

    private async Task<IActionResult> AfterAsync(
        ProductId id, Marketplace.SharedKernel.Results.Result<ReviewView> result, string done, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[done].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>The product at its address; a former one (before a rename) is redirected, permanently, to the one it has now.</summary>
    public async Task<IActionResult> OnGetAsync(string vendor, string slug, CancellationToken cancellationToken)
    {
        var resolved = await sender.Send(new ResolveProductAddressQuery(vendor, slug), cancellationToken);
        if (!resolved.IsSuccess)
        {
            return NotFound();
        }

        if (resolved.Value.Moved)
        {
            ProductAddressEndpoints.KeptForADay(HttpContext);
            return RedirectPermanent(resolved.Value.Path + Request.QueryString);
        }

        ShopPages.Shows(HttpContext, [resolved.Value.ProductId.Value]);
        return await LoadAsync(resolved.Value.ProductId, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostHideAsync(string vendor, string slug, string? reason, CancellationToken cancellationToken)
    {
        // The page is public; only this handler is the admins' (Razor Pages has no per-handler [Authorize]).
        if (!User.IsAdmin())
        {
            return Forbid();
        }

        if (await ProductIdAsync(vendor, slug, cancellationToken) is not { } id)
        {
            return NotFound();
        }

        var result = await sender.Send(new ModerateProductCommand(id, Hide: true, reason, User.UserId(), User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["moderation.hidden", result.Value.Name].Value;
            return RedirectToPage("/Features/ModerateProduct/Moderation");
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<ProductId?> ProductIdAsync(string vendor, string slug, CancellationToken cancellationToken) =>
        await sender.Send(new ResolveProductAddressQuery(vendor, slug), cancellationToken) is { IsSuccess: true } resolved ? resolved.Value.ProductId : null;

    private async Task<bool> LoadAsync(ProductId id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetProductQuery(id, ShowTiers), cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        Product = result.Value;
        IsVendorStaff = User.Identity?.IsAuthenticated == true
            && await sender.Send(new Marketplace.Vendors.Contracts.GetVendorStaffRoleQuery(Product.CooperativeId, User.UserId()),
                cancellationToken) is not null;
        var categories = await sender.Send(new ListCategoriesQuery(), cancellationToken);
        CategorySlug = categories.FirstOrDefault(c => c.CategoryId == Product.CategoryId)?.Slug ?? string.Empty;
        return true;
    }
}
