using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.Today;

/// <summary>A cooperative's first screen: what waits for its people, each a tap from where it is done.</summary>
[Authorize]
internal sealed class TodayModel(ISender sender) : PageModel
{
    public TodayView? Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var today = await sender.Send(new GetTodayQuery(id, User.UserId()), cancellationToken);
        if (!today.IsSuccess)
        {
            return NotFound();
        }

        Today = today.Value;
        return Page();
    }
}
