using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Features.Categories;
using Marketplace.Catalog.Features.NewProduct;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Files;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.ManageProducts;

/// <summary>
/// A cooperative's products in every state, and a new one in one guided step: a kind of produce
/// fills the form (category, pack, a description to start from), the person adds the price, the
/// stock and a picture, and it is on sale.
/// </summary>
[Authorize]
internal sealed class MyProductsModel(ISender sender, IStringLocalizer<CatalogText> text) : PageModel
{
    public CooperativeId Id { get; private set; }

    public IReadOnlyList<MyProduct> Products { get; private set; } = [];

    [BindProperty]
    public NewProductInput Input { get; set; } = new();

    /// <summary>The categories this cooperative asked the admins for, and their answers.</summary>
    public IReadOnlyList<CategoryProposalView> Proposals { get; private set; } = [];

    /// <summary>A category the cooperative proposes (only a place for its messages when it is refused).</summary>
    public string? ProposalName { get; set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, string? kind, CancellationToken cancellationToken)
    {
        var chosen = ProduceKinds.Find(kind);
        var categories = await sender.Send(new ListCategoriesQuery(), cancellationToken);
        Input = NewProductInput.For(chosen, categories.FirstOrDefault(c => c.Slug == chosen?.CategorySlug)?.CategoryId ?? Guid.Empty);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CooperativeId id, IFormFile? picture, CancellationToken cancellationToken)
    {
        var (tiers, unfinished) = TierRows.Read(Input.TierFrom.Take(NewProductInput.TierRows), Input.TierPrice.Take(NewProductInput.TierRows));
        foreach (var row in unfinished)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.TierFrom)}", text["newproduct.tier.unfinished", row]);
        }

        if (!ModelState.IsValid)
        {
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var image = picture is null ? null : (await UploadedFiles.ReadAsync([picture], cancellationToken))[0];
        var result = await sender.Send(
            new NewProductCommand(
                id, User.UserId(), Input.CategoryId, Input.Name ?? string.Empty, Input.Description ?? string.Empty, Input.Unit ?? string.Empty,
                Input.Unit is "bag" or "box" ? Input.NetWeightGrams : null, Input.PriceVnd ?? 0, Input.Stock ?? 0, tiers, image, Input.Publish,
                Input.HarvestQuantity),
            cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[result.Value.Status == ProductState.Published ? "newproduct.published" : "myproducts.created"].Value;
            return Redirect($"/cooperatives/products/{result.Value.ProductId}");
        }

        ModelState.AddErrors(result.Error!, nameof(Input), field => field switch
        {
            "Image" => "Picture",
            "Tiers" => nameof(Input.TierFrom),
            "Quantity" or "Code" or "Commune" or "Province" or "ProducedOn" => nameof(Input.HarvestQuantity),
            _ => field,
        });
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostProposeCategoryAsync(
        CooperativeId id, string? proposalName, string? proposalNote, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new ProposeCategoryCommand(id, User.UserId(), proposalName ?? string.Empty, proposalNote), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["proposals.sent", result.Value.Name].Value;
            return Redirect($"/cooperatives/{id}/products#proposals");
        }

        ProposalName = proposalName;
        ModelState.Clear();
        foreach (var message in result.Error!.Fields?.Values.SelectMany(m => m) ?? [result.Error.Message])
        {
            ModelState.AddModelError(nameof(ProposalName), message);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var products = await sender.Send(new ListMyProductsQuery(id, User.UserId()), cancellationToken);
        Products = products.IsSuccess ? products.Value : [];
        var proposals = await sender.Send(new ListMyCategoryProposalsQuery(id, User.UserId()), cancellationToken);
        Proposals = proposals.IsSuccess ? proposals.Value : [];
        return products.IsSuccess;
    }
}
