using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Results;
using Marketplace.SharedKernel.Security;
using Marketplace.SharedKernel.Web;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Vendors.Features.SupportAccess;

/// <summary>Admins keep the alliance's support team, and see which cooperatives let it help now.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class SupportTeamModel(ISender sender, IStringLocalizer<VendorsText> text) : PageModel
{
    public SupportTeamView Team { get; private set; } = new([], []);

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Team = await sender.Send(new ListSupportTeamQuery(), cancellationToken);

    public Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        SendAsync(new AddSupportPersonCommand(Email ?? string.Empty, Name ?? string.Empty), "support.team.added", cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(Guid userId, CancellationToken cancellationToken) =>
        SendAsync(new RemoveSupportPersonCommand(UserId.From(userId)), "support.team.removed", cancellationToken);

    private async Task<IActionResult> SendAsync<T>(ICommand<Result<T>> command, string done, CancellationToken cancellationToken)
    {
        var result = await sender.Send(command, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Flash"] = text[done].Value;
            return RedirectToPage();
        }

        ModelState.AddErrors(result.Error!, string.Empty);
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
