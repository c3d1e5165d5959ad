using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.GetApplication;

/// <summary>The applicant's view of one application; another cooperative's id gets a 404.</summary>
[Authorize]
internal sealed class ApplicationModel(ISender sender) : PageModel
{
    public ApplicationDetails? Application { get; private set; }

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        var result = await sender.Send(new GetApplicationQuery(id, User.UserId(), User.IsAdmin()), cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Application = result.Value;
        return Page();
    }
}
