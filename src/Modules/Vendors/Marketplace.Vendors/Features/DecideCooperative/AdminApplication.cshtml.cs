using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.DecideCooperative;

/// <summary>One application as an admin reviews it, with the decisions its state allows.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminApplicationModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    public ApplicationDetails? Application { get; private set; }

    public IReadOnlyList<CooperativeDecision> Decisions { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(CooperativeId id, CooperativeDecision decision, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DecideCooperativeCommand(id, decision, Reason, User.UserId(), User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["decision.done", text["decision." + decision]].Value;
            return RedirectToPage(new { id });
        }

        ModelState.AddErrors(result.Error!, string.Empty, field => field);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetApplicationQuery(id, User.UserId(), RequesterIsAdmin: true), cancellationToken);
        if (!result.IsSuccess)
        {
            return false;
        }

        Application = result.Value;
        Decisions = Application.Status switch
        {
            CooperativeStatus.Pending => [CooperativeDecision.Approve, CooperativeDecision.RequestChanges, CooperativeDecision.Reject],
            CooperativeStatus.ChangesRequested => [CooperativeDecision.Reject],
            CooperativeStatus.Approved => [CooperativeDecision.Suspend],
            CooperativeStatus.Suspended => [CooperativeDecision.Reinstate],
            _ => [],
        };
        return true;
    }
}
