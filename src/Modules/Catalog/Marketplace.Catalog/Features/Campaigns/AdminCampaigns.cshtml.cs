using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Catalog.Features.Campaigns;

/// <summary>The admins' campaigns: each with its dates, state and products, and a form to start one.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminCampaignsModel(ISender sender, IStringLocalizer<CatalogText> text, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CampaignView> Campaigns { get; private set; } = [];

    [BindProperty]
    public CampaignInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Campaigns = await sender.Send(new ListCampaignsQuery(), cancellationToken);
        var today = clock.Today();
        Input = new CampaignInput { StartsOn = today, EndsOn = today.AddDays(6) };
    }

    /// <summary>The new campaign opens at once, for the admin to choose its products.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await sender.Send(Input.ToCommand(null, User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["campaigns.created"].Value;
            return RedirectToPage("AdminCampaign", new { campaignId = result.Value.CampaignId });
        }

        ModelState.AddErrors(result.Error!, nameof(Input));
        Campaigns = await sender.Send(new ListCampaignsQuery(), cancellationToken);
        return Page();
    }
}
