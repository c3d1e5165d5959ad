using Marketplace.Catalog.Features.ManageProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.ModerateProduct;

/// <summary>The log of hidden and restored products; a product still hidden can be restored from here.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class ModerationModel(ISender sender, IStringLocalizer<CatalogText> text) : PageModel
{
    public IReadOnlyList<ModerationEntryView> Entries { get; private set; } = [];

    /// <summary>Products whose latest entry is a hiding.</summary>
    public IReadOnlySet<ProductId> StillHidden { get; private set; } = new HashSet<ProductId>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await sender.Send(new ListModerationQuery(), cancellationToken);
        StillHidden = Entries.GroupBy(e => e.ProductId).Where(g => g.First().Action == "HideProduct").Select(g => g.Key).ToHashSet();
    }

    public async Task<IActionResult> OnPostRestoreAsync(ProductId productId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ModerateProductCommand(productId, Hide: false, null, User.UserId(), User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["moderation.restored", result.Value.Name].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
