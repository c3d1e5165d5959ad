using System.Globalization;
using Marketplace.Catalog.Contracts;
using Marketplace.SharedKernel.Web;
using Marketplace.Vendors.Contracts;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Marketplace.Catalog.Features.SearchProducts;

/// <summary>The catalog's search page: the same query as GET /api/v1/products, its filters in the address so a search can be shared.</summary>
[OutputCache(PolicyName = ShopPages.Policy)]
internal sealed class ProductsModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Vendor { get; set; }

    [BindProperty(SupportsGet = true)]
    public CertificationKind? Certification { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? MinPrice { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? MaxPrice { get; set; }

    [BindProperty(SupportsGet = true)]
    public ProductSort Sort { get; set; }

    /// <summary>
    /// The page of results, from the address's "page" — read from the query string only: Razor
    /// Pages keep a route value named "page" (the page's own path), which a bound property would
    /// take instead, so every page showed the first one.
    /// </summary>
    public int PageNumber { get; private set; } = 1;

    public ProductPage? Result { get; private set; }

    public IReadOnlyList<CategoryView> Categories { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        PageNumber = page is > 0 ? page.Value : 1;
        // Values the binder could not read (a word in a price box) are left out, not a failure;
        // values it read but the search refuses (a price below zero) are explained above the results.
        var result = await sender.Send(
            new SearchProductsQuery(Q, Category, Province, Vendor, Certification, MinPrice, MaxPrice, Sort, PageNumber, 24), cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Error!, string.Empty, _ => string.Empty);
        }

        Result = result.IsSuccess ? result.Value : new ProductPage([], 0, 1, 24, [], [], [], []);
        Categories = await sender.Send(new ListCategoriesQuery(), cancellationToken);
        ShopPages.Shows(HttpContext, Result.Items.Select(p => p.ProductId.Value));
    }

    /// <summary>No words and no filter but the category: the catalog's own listing, which search engines may keep.</summary>
    public bool IsListing => string.IsNullOrWhiteSpace(Q) && Province is null && Vendor is null && Certification is null && MinPrice is null
        && MaxPrice is null && Sort == default && Result is { Items.Count: > 0 };

    /// <summary>The listing's own address: its category and page, nothing else of what was asked.</summary>
    public string ListingPath =>
        "/products" + (Category, PageNumber) switch
        {
            (null or "", 1) => string.Empty,
            (null or "", var n) => $"?page={n}",
            ({ } c, 1) => $"?category={Uri.EscapeDataString(c)}",
            ({ } c, var n) => $"?category={Uri.EscapeDataString(c)}&page={n}",
        };

    /// <summary>
    /// This search at another page: only what the search reads. A key it ignores (a campaign's, a
    /// crawler's) would else be carried into the links of a copy the cache serves to every visitor.
    /// </summary>
    public string PageUrl(int page)
    {
        (string Key, string? Value)[] filters =
        [
            ("q", Q), ("category", Category), ("province", Province), ("vendor", Vendor), ("certification", Certification?.ToString()),
            ("minPrice", MinPrice?.ToString(CultureInfo.InvariantCulture)), ("maxPrice", MaxPrice?.ToString(CultureInfo.InvariantCulture)),
            ("sort", Sort == default ? null : Sort.ToString()),
        ];
        var query = filters.Where(f => !string.IsNullOrEmpty(f.Value)).Select(f => $"{f.Key}={Uri.EscapeDataString(f.Value!)}");
        return "/products?" + string.Join('&', query.Append($"page={page}"));
    }
}
