using System.IO.Compression;
using Marketplace.SharedKernel.Web;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Marketplace.Web.Infrastructure.PageCache;

/// <summary>
/// Compresses what carries no secret: scripts and styles, the API's JSON (its callers send a
/// bearer token, which no other site can make a browser attach), and the shopper pages served to
/// visitors who are not signed in (the same for everyone, with no token in them). A page rendered
/// for someone signed in carries an antiforgery token beside what they typed, and compressing those
/// together lets another site guess the token from the sizes (BREACH): those go uncompressed.
/// </summary>
internal static class SafeCompressionSetup
{
    public static IServiceCollection AddSafeCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });

        // Fastest: a page is compressed at each request, and the smallest setting already takes a page to a fifth.
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, SafeCompression>();
        return services;
    }
}

/// <summary>The response compression that leaves pages with secrets alone (<see cref="SafeCompressionSetup"/>).</summary>
internal sealed class SafeCompression(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return base.ShouldCompressResponse(context) && (IsAsset(context) || IsApi(context) || IsSharedShopPage(context));
    }

    private static bool IsAsset(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/css") || context.Request.Path.StartsWithSegments("/js");

    private static bool IsApi(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") && !context.Request.Cookies.Any(c => c.Key.StartsWith("htx.", StringComparison.Ordinal));

    private static bool IsSharedShopPage(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.OutputCaching.OutputCacheAttribute>()?.PolicyName == ShopPages.Policy
        && ShopPages.MayServeFromCache(context);
}
