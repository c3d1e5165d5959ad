using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Marketplace.Vendors.Features.ListBusinessAccounts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.DecideBusinessAccount;

/// <summary>The admins verify business buyers: a verified one becomes a BulkBuyer.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class AdminBusinessAccountsModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; } = "Pending";

    public IReadOnlyList<BusinessAccountView> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await sender.Send(new ListBusinessAccountsQuery(Status), cancellationToken);

    public async Task<IActionResult> OnPostDecideAsync(Guid accountId, BusinessAccountDecision decision, string? reason, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new DecideBusinessAccountCommand(accountId, decision, reason, User.UserId(), User.Email()), cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text["business.decided", result.Value.CompanyName].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
