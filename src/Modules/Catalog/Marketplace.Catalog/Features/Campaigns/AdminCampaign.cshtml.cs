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
        ChooseAsync(campaignId, (ids, _) => [.. ids, productId], cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid campaignId, ProductId productId, CancellationToken cancellationToken) =>
        ChooseAsync(campaignId, (ids, _) => ids.Where(id => id != productId).ToList(), cancellationToken);

    /// <summary>Takes off the chosen products no longer on sale (the page leaves them out, and the list names none of them).</summary>
    public Task<IActionResult> OnPostPruneAsync(Guid campaignId, CancellationToken cancellationToken) =>
        ChooseAsync(campaignId, (ids, shown) => ids.Where(shown.Contains).ToList(), cancellationToken);

    /// <summary>
    /// One place earlier on the page: the first products are the ones people see without scrolling.
    /// It passes the product before it that the page shows (one no longer on sale is not a place).
    /// </summary>
    public Task<IActionResult> OnPostUpAsync(Guid campaignId, ProductId productId, CancellationToken cancellationToken) =>
        ChooseAsync(
            campaignId,
            (ids, shown) =>
            {
                var list = ids.ToList();
                var at = list.IndexOf(productId);
                var before = list.FindLastIndex(Math.Max(at - 1, 0), Math.Max(at, 0), shown.Contains);
                if (at > 0 && before >= 0)
                {
                    (list[before], list[at]) = (list[at], list[before]);
                }

                return list;
            },
            cancellationToken);

    private async Task<IActionResult> ChooseAsync(
        Guid campaignId, Func<IReadOnlyList<ProductId>, HashSet<ProductId>, IReadOnlyList<ProductId>> change, CancellationToken cancellationToken)
    {
        var campaign = await sender.Send(new GetCampaignQuery(campaignId), cancellationToken);
        if (!campaign.IsSuccess)
        {
            return NotFound();
        }

        var page = await sender.Send(new GetCampaignPageQuery(campaign.Value.Slug), cancellationToken);
        var shown = page.IsSuccess ? page.Value.Products.Select(p => p.ProductId).ToHashSet() : [];
        var chosen = change(campaign.Value.ProductIds, shown);
        var result = await sender.Send(new ChooseCampaignProductsCommand(campaignId, chosen, User.Email()), cancellationToken);
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
