using Marketplace.Catalog.Contracts;
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

    /// <summary>The catalog's shelves: its categories, the season's picks, the best rated.</summary>
    public HomeShelves Shelves { get; private set; } = new([], [], []);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Storefronts = await sender.Send(new ListStorefrontsQuery(), cancellationToken);
        Shelves = await sender.Send(new GetHomeShelvesQuery(), cancellationToken);

        // A product's stock taken evicts the cached pages that show it, this one among them.
        ShopPages.Shows(
            HttpContext, Shelves.JustHarvested.Concat(Shelves.BestRated).Concat(Shelves.Campaigns.SelectMany(c => c.Products)).Select(p => p.ProductId.Value));
    }
}
