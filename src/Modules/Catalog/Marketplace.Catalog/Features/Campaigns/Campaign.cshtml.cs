using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Catalog.Features.Campaigns;

/// <summary>
/// A campaign's public page: what it is, its days, and its products at today's prices. A shared link
/// to one that has ended still opens and says so (its products are still for sale, at their prices).
/// </summary>
[OutputCache(PolicyName = ShopPages.Policy)]
internal sealed class CampaignModel(ISender sender) : PageModel
{
    public CampaignPage? Campaign { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var campaign = await sender.Send(new GetCampaignPageQuery(slug), cancellationToken);
        if (!campaign.IsSuccess)
        {
            return NotFound();
        }

        Campaign = campaign.Value;
        ShopPages.Shows(HttpContext, Campaign.Products.Select(p => p.ProductId.Value));
        return Page();
    }
}
