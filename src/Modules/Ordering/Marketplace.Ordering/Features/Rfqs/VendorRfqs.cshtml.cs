using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.Rfqs;

/// <summary>The requests for quotation sent to the cooperative.</summary>
[Authorize]
internal sealed class VendorRfqsModel(ISender sender) : PageModel
{
    public CooperativeId Id { get; private set; }

    public IReadOnlyList<RfqView> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var requests = await sender.Send(new ListVendorRfqsQuery(id, User.UserId()), cancellationToken);
        if (!requests.IsSuccess)
        {
            return NotFound();
        }

        Requests = requests.Value;
        return Page();
    }
}
