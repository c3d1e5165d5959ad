using Marketplace.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Ordering.Features.Contracts;

/// <summary>The buyer's supply contracts: those offered, running and done.</summary>
[Authorize]
internal sealed class ContractsModel(ISender sender) : PageModel
{
    public IReadOnlyList<ContractView> Contracts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Contracts = await sender.Send(new ListMyContractsQuery(User.UserId()), cancellationToken);
}
