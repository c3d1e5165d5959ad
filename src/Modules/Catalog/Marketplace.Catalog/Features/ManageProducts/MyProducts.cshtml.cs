using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>A cooperative's products in every state, and a new one as a draft.</summary>
[Authorize]
internal sealed class MyProductsModel(ISender sender, IStringLocalizer<CatalogText> text) : PageModel
{
    public CooperativeId Id { get; private set; }

    public IReadOnlyList<MyProduct> Products { get; private set; } = [];

    [BindProperty]
    public ProductTextInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(
            new CreateProductCommand(
                id, User.UserId(), Input.CategoryId, Input.Name ?? string.Empty, Input.NameEnglish, Input.Description ?? string.Empty,
                Input.DescriptionEnglish),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["myproducts.created"].Value;
            return Redirect($"/cooperatives/products/{result.Value.ProductId}");
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var products = await sender.Send(new ListMyProductsQuery(id, User.UserId()), cancellationToken);
        Products = products.IsSuccess ? products.Value : [];
        return products.IsSuccess;
    }
}
