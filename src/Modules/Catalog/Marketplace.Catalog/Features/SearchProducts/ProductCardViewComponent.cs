using Marketplace.Catalog.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>
/// A product as a card (picture, name, price per unit, badges), the way a storefront's page in
/// Vendors shows Catalog's products. Public because MVC finds view components only among public types.
/// </summary>
public sealed class ProductCardViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(ProductSummary product) => View("/Features/SearchProducts/ProductCard.cshtml", product);
}

/// <summary>What a page puts under a card (the saved products' "remove"): an <c>IHtmlContent</c> in the card's view data under <see cref="Key"/>.</summary>
internal static class ProductCardFooter
{
    public const string Key = "ProductCardFooter";
}
