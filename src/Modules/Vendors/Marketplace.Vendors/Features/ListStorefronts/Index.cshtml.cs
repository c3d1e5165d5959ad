using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Marketplace.Vendors.Features.ListStorefronts;

internal sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<StorefrontSummary> Storefronts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Storefronts = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
}
