using Marketplace.SharedKernel.Text;
using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Infrastructure.Localization;

internal static class LocalizationSetup
{
    public static IServiceCollection AddMarketplaceLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        FieldNames.UseForValidators();
        // After MVC's own metadata providers (PostConfigure), so the [Required] they add is seen.
        services.PostConfigure<Microsoft.AspNetCore.Mvc.MvcOptions>(options => options.ModelMetadataDetailsProviders.Add(new FieldNames()));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures.Vietnamese);
            options.SupportedCultures = Cultures.Supported;
            options.SupportedUICultures = Cultures.Supported;
            options.RequestCultureProviders =
            [
                // "?lang=en" first: the address a page's hreflang names for its English version, read
                // by a search engine that keeps no cookie. It chooses for that request only.
                new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" },
                new CookieRequestCultureProvider(),
                new ApiAcceptLanguageProvider(),
            ];
        });
        return services;
    }

    /// <summary>Sets the language cookie for a year, readable by the server only.</summary>
    public static void SetLanguageCookie(this HttpResponse response, string culture)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = response.HttpContext.Request.IsHttps,
            });
    }
}
