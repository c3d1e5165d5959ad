using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Infrastructure.Localization;

/// <summary>
/// Programs calling /api choose the language of error messages with Accept-Language. Pages do
/// not: the marketplace is Vietnamese until a person picks English (kept in a cookie), whatever
/// language their browser happens to ask for.
/// </summary>
internal sealed class ApiAcceptLanguageProvider : RequestCultureProvider
{
    private readonly AcceptLanguageHeaderRequestCultureProvider _inner = new();

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return httpContext.Request.Path.StartsWithSegments("/api")
            ? _inner.DetermineProviderCultureResult(httpContext)
            : NullProviderCultureResult;
    }
}
