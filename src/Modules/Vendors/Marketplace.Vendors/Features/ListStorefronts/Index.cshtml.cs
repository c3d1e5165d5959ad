using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Vendors.Features.ListStorefronts;

[OutputCache(PolicyName = ShopPages.Policy)]
internal sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<StorefrontSummary> Storefronts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Storefronts = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
}
