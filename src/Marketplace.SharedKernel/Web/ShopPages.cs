using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Marketplace.SharedKernel.Web;

/// <summary>
/// The shopper's public pages (home, listing and search, product, storefront, lot), served to
/// visitors who are not signed in from the output cache: rendered once, then sent as they are until
/// a change to what they show evicts them. A page is the same for every such visitor, so what is one
/// person's never goes into it: no one signed in is served from the cache or stored in it, a page
/// carrying a flash message (TempData) is rendered for its reader, and a form on a cached page
/// carries no antiforgery token (the browser asks for one when the visitor presses the button, see
/// site.js; <see cref="MayServeFromCache"/> tells a page when to leave it out).
/// <para>
/// Every cached page carries <see cref="Tag"/>, which any change to the catalog or the cooperatives
/// evicts (each module's context names the changes, see ModuleDbContext.PagesChangedBy); a page
/// also carries <see cref="ProductTag"/> for each product it shows, which a change of stock alone evicts.
/// </para>
/// </summary>
public static class ShopPages
{
    /// <summary>The output cache policy of the shopper's public pages: <c>[OutputCache(PolicyName = ShopPages.Policy)]</c>.</summary>
    public const string Policy = "shop";

    /// <summary>On every cached shopper page; evicted by any change to what those pages show.</summary>
    public const string Tag = "shop";

    /// <summary>On each page that shows the product: evicted when its stock changes.</summary>
    public static string ProductTag(Guid productId) => $"product:{productId:N}";

    /// <summary>
    /// Whether this request's page may come from the cache, or go into it: a GET or HEAD from a
    /// visitor who is not signed in (no bearer token either) and has no flash message waiting.
    /// </summary>
    public static bool MayServeFromCache(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var request = http.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && http.User.Identity?.IsAuthenticated != true
            && string.IsNullOrEmpty(request.Headers.Authorization)
            && !request.Cookies.ContainsKey(TempDataCookie(http));
    }

    /// <summary>Marks the page being rendered as showing these products, so that a change of their stock evicts it.</summary>
    public static void Shows(HttpContext http, IEnumerable<Guid> productIds)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(productIds);
        if (http.Features.Get<IOutputCacheFeature>()?.Context is { } cache)
        {
            foreach (var id in productIds)
            {
                cache.Tags.Add(ProductTag(id));
            }
        }
    }

    private static string TempDataCookie(HttpContext http) =>
        http.RequestServices.GetService<IOptions<CookieTempDataProviderOptions>>()?.Value.Cookie.Name ?? CookieTempDataProvider.CookieName;
}

/// <summary>
/// How many times this instance has evicted shopper pages. A page whose rendering overlapped an
/// eviction may show rows from before the change that caused it, and is not stored (the page
/// cache's policy compares the count at the start of the request and at its end): without this,
/// it would be served for its whole lifetime after the eviction meant to remove it.
/// </summary>
public sealed class ShopPageEvictions
{
    private long _count;

    public long Count => Interlocked.Read(ref _count);

    public void Note() => Interlocked.Increment(ref _count);
}
