using Marketplace.Catalog.Contracts;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Pages.Storefronts;

/// <summary>A cooperative's public storefront: the cooperative from Vendors, its products from Catalog.</summary>
public sealed class ShowModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
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
        Products = await sender.Send(new ListVendorProductsQuery(Storefront.VendorId), cancellationToken);
        return Page();
    }

    /// <summary>"kg", "túi 500 g" / "500 g bag" …</summary>
    public string UnitLabel(ProductSummary product)
    {
        ArgumentNullException.ThrowIfNull(product);
        if (product.NetWeightGrams is { } grams && product.Unit is "bag" or "box")
        {
            var weight = grams >= 1000 && grams % 1000 == 0 ? $"{grams / 1000} kg" : $"{grams} g";
            return text[$"unit.{product.Unit}.weight", weight];
        }

        return text["unit." + product.Unit];
    }
}
