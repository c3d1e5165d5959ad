using Marketplace.SharedKernel;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Marketplace.Ordering.Features.Preorders;

/// <summary>
/// The coming harvests of a product, and the way to propose a supply contract for it, on
/// Catalog's product page: Ordering draws its own part of it. The page is cached; every change
/// of a window evicts it (see the handlers). Public because MVC finds view components only among
/// public types.
/// </summary>
public sealed class ProductPreordersViewComponent(ISender sender) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ProductId productId)
    {
        ViewData["ProductId"] = productId;
        return View("/Features/Preorders/_ProductPreorders.cshtml", await sender.Send(new ListOpenPreordersQuery(productId)));
    }
}
