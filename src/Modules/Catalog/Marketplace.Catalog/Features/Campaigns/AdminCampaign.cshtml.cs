using Marketplace.Catalog.Contracts;
using Marketplace.Catalog.Features.SearchProducts;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.Campaigns;

/// <summary>
/// One campaign as the admins run it: its terms, and its products, found by the catalog's own search
/// and added, moved up or taken off one at a time (each is the API's whole-list command).
/// </summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminCampaignModel(ISender sender, IStringLocalizer<CatalogText> text) : PageModel
{
    public CampaignView? Campaign { get; private set; }

    /// <summary>The chosen products as cards, in the page's order (one no longer on sale is left out, and said).</summary>
    public IReadOnlyList<ProductSummary> Chosen { get; private set; } = [];

    /// <summary>What the admin searched for, and the products it found that are not chosen yet.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<ProductSummary> Found { get; private set; } = [];

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid campaignId, CancellationToken cancellationToken) =>
        await LoadAsync(campaignId, keepInput: false, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostTermsAsync(Guid campaignId, CancellationToken cancellationToken)
    {
        var result = await sender.Send(Input.ToCommand(campaignId, User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["campaigns.saved"].Value;
            return RedirectToPage(new { campaignId });
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        return await LoadAsync(campaignId, keepInput: true, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAddAsync(Guid campaignId, ProductId productId, CancellationToken cancellationToken) =>
        ChooseAsync(campaignId, ids => [.. ids, productId], cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid campaignId, ProductId productId, CancellationToken cancellationToken) =>
        ChooseAsync(campaignId, ids => ids.Where(id => id != productId).ToList(), cancellationToken);

    /// <summary>One place earlier on the page: the first products are the ones people see without scrolling.</summary>
    public Task<IActionResult> OnPostUpAsync(Guid campaignId, ProductId productId, CancellationToken cancellationToken) =>
        ChooseAsync(
            campaignId,
            ids =>
            {
                var list = ids.ToList();
                var at = list.IndexOf(productId);
                if (at > 0)
                {
                    (list[at - 1], list[at]) = (list[at], list[at - 1]);
                }

                return list;
            },
            cancellationToken);

    private async Task<IActionResult> ChooseAsync(
        Guid campaignId, Func<IReadOnlyList<ProductId>, IReadOnlyList<ProductId>> change, CancellationToken cancellationToken)
    {
        var campaign = await sender.Send(new GetCampaignQuery(campaignId), cancellationToken);
        if (!campaign.IsSuccess)
        {
            return NotFound();
        }

        var result = await sender.Send(new ChooseCampaignProductsCommand(campaignId, change(campaign.Value.ProductIds), User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["campaigns.saved"].Value;
            return RedirectToPage(null, null, new { campaignId, q = Query }, "products");
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        return await LoadAsync(campaignId, keepInput: false, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid campaignId, bool keepInput, CancellationToken cancellationToken)
    {
        var campaign = await sender.Send(new GetCampaignQuery(campaignId), cancellationToken);
        if (!campaign.IsSuccess)
        {
            return false;
        }

        Campaign = campaign.Value;
        if (!keepInput)
        {
            Input = CampaignInput.Of(Campaign);
        }

        var page = await sender.Send(new GetCampaignPageQuery(Campaign.Slug), cancellationToken);
        Chosen = page.IsSuccess ? page.Value.Products : [];
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var found = await sender.Send(new SearchProductsQuery(Query, null, null, null, null, null, null, PageSize: 12), cancellationToken);
            Found = found.IsSuccess ? found.Value.Items.Where(p => !Campaign.ProductIds.Contains(p.ProductId)).ToList() : [];
        }

        return true;
    }
}
