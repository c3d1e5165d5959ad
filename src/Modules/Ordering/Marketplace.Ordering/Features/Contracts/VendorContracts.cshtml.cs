using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.Contracts;

/// <summary>The cooperative's supply contracts, for its people: the offers to answer first among them.</summary>
[Authorize]
internal sealed class VendorContractsModel(ISender sender) : PageModel
{
    public CooperativeId Id { get; private set; }

    public IReadOnlyList<ContractView> Contracts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CooperativeId id, CancellationToken cancellationToken)
    {
        Id = id;
        var contracts = await sender.Send(new ListCooperativeContractsQuery(id, User.UserId()), cancellationToken);
        if (!contracts.IsSuccess)
        {
            return NotFound();
        }

        Contracts = [.. contracts.Value.OrderByDescending(c => c.Awaiting == "cooperative")];
        return Page();
    }
}
