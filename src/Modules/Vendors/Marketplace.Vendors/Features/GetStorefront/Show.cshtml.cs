using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Vendors.Features.GetStorefront;

/// <summary>A cooperative's public storefront: the cooperative from Vendors, its products from Catalog.</summary>
[OutputCache(PolicyName = ShopPages.Policy)]
internal sealed class ShowModel(ISender sender) : PageModel
{
    public StorefrontDetails? Storefront { get; private set; }

    public IReadOnlyList<ProductSummary> Products { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        var storefront = await sender.Send(new GetStorefrontQuery(slug), cancellationToken);
        if (!storefront.IsSuccess)
        {
            return NotFound();
        }

        Storefront = storefront.Value;
        Products = await sender.Send(new ListVendorProductsQuery(Storefront.CooperativeId), cancellationToken);
        ShopPages.Shows(HttpContext, Products.Select(p => p.ProductId.Value));
        return Page();
    }
}
