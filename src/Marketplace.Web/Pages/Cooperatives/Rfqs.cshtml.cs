using Marketplace.Ordering.Contracts;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Web.Pages.Cooperatives;

/// <summary>The requests for quotation sent to the cooperative.</summary>
public sealed class VendorRfqsModel(ISender sender) : PageModel
{
    public Guid Id { get; private set; }

    public IReadOnlyList<RfqView> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var requests = await sender.Send(new ListVendorRfqsQuery(id, User.Email()), cancellationToken);
        if (!requests.IsSuccess)
        {
            return NotFound();
        }

        Requests = requests.Value;
        return Page();
    }
}
