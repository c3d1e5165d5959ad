using System.Globalization;
using System.Reflection;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Vietnam;
using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Marketplace.Web.Infrastructure.PageCache;

/// <summary>
/// The output cache of the shopper's public pages (<see cref="ShopPages"/>). Kept in this
/// instance's memory, or in Redis where instances share it (SharedStateSetup), so that an eviction
/// made by one instance's change reaches all of them at once.
/// </summary>
internal static class ShopPageCache
{
    /// <summary>
    /// How long a page lives when nothing evicts it first. Changes evict by tag at once; what turns
    /// with the date (a pre-order window opening, a certificate lapsing) is keyed by Vietnam's date
    /// (<see cref="ShopPagePolicy"/>), so a page of yesterday is never served today.
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The most this instance's memory holds of pages (the least recently used go first): bounded
    /// for a small container (deploy/k8s gives 512 MiB). A page is 10-20 KB, so some 1,500 pages:
    /// the ones read most (home, the first listing pages, popular products) fit many times. Every
    /// address not seen before is stored too, so a crawler fills it: at 48 MB that was a fifth of
    /// the working set after a load run.
    /// </summary>
    public const long MemoryLimitBytes = 24L * 1024 * 1024;

    public static IServiceCollection AddShopPageCache(this IServiceCollection services)
    {
        services.AddSingleton<ShopPageEvictions>();
        services.AddSingleton<CookieTempDataProvider>();
        services.Replace(ServiceDescriptor.Singleton<ITempDataProvider, QuietTempData>());
        services.AddOutputCache(options =>
        {
            options.SizeLimit = MemoryLimitBytes;
            options.DefaultExpirationTimeSpan = Lifetime;
            options.AddPolicy(ShopPages.Policy, new ShopPagePolicy());
        });
        return services;
    }

    /// <summary>
    /// A token for a form on a cached page, asked by the browser when the visitor presses its button
    /// (site.js): the page itself is the same for everyone and carries none.
    /// </summary>
    public static IEndpointRouteBuilder MapFormTokens(this IEndpointRouteBuilder app)
    {
        app.MapGet("/forms/token", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            http.Response.Headers.CacheControl = "no-store";
            return Results.Json(new { field = tokens.FormFieldName, token = tokens.RequestToken });
        }).ExcludeFromDescription();
        return app;
    }
}

/// <summary>
/// Looks up and stores a shopper page only for a request <see cref="ShopPages.MayServeFromCache"/>
/// allows; keys it by the query keys the pages read, the page's language and the build; stores only a whole 200 answer that
/// sets no cookie and that nothing marked no-store (an antiforgery token, for one), rendered while
/// no change evicted pages (it may show rows from before the change).
/// </summary>
internal sealed class ShopPagePolicy : IOutputCachePolicy
{
    /// <summary>
    /// The query keys the shopper pages read (the search page's filters and page; the language is
    /// in the culture). Any other key (a campaign's utm_source, a crawler's random one) leaves the
    /// page as it is, so it is served the same copy instead of filling the cache with new ones.
    /// </summary>
    private static readonly StringValues QueryKeys = new(["q", "category", "province", "vendor", "certification", "minPrice", "maxPrice", "sort", "page"]);

    private static readonly object EvictionsAtStart = new();

    private static readonly string Build =
        typeof(ShopPagePolicy).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? string.Empty;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var cacheable = ShopPages.MayServeFromCache(context.HttpContext);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = QueryKeys;

        // The language is chosen by ?lang=, the cookie or Accept-Language (RequestLocalization, before
        // this); words follow the UI culture, numbers and dates the culture, and a cookie may set them apart.
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentCulture.Name + "|" + CultureInfo.CurrentUICulture.Name;

        // A visitor abroad reads prices in a second currency too (a cookie, see DisplayCurrency).
        context.CacheVaryByRules.VaryByValues["currency"] = DisplayCurrency.ChosenBy(context.HttpContext) ?? Money.Vnd;

        // A page names its scripts by their hash: after a deploy, no page of the release before.
        context.CacheVaryByRules.VaryByValues["build"] = Build;

        // What a page shows turns with Vietnam's date (a pre-order window opens at midnight, a certificate lapses), and no change
        // announces that: from midnight, pages are rendered anew, each once.
        var today = VietnamTime.DayOf(context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        context.CacheVaryByRules.VaryByValues["day"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        context.Tags.Add(ShopPages.Tag);
        context.HttpContext.Items[EvictionsAtStart] = Evictions(context).Count;
        return ValueTask.CompletedTask;
    }

    private static ShopPageEvictions Evictions(OutputCacheContext context) =>
        context.HttpContext.RequestServices.GetRequiredService<ShopPageEvictions>();

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var control) && (control.NoStore || control.Private)
            || context.HttpContext.Items[EvictionsAtStart] is not long atStart || Evictions(context).Count != atStart)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
