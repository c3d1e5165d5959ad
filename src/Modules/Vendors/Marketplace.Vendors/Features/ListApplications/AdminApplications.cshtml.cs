using Marketplace.SharedKernel.Security;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.ListApplications;

/// <summary>The admins' review queue.</summary>
[Authorize(Policy = AuthorizationPolicies.AdminPages)]
internal sealed class ApplicationsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<ApplicationSummary> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Applications = await sender.Send(new ListApplicationsQuery(Status), cancellationToken);
}
