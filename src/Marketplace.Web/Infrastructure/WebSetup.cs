using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Marketplace.SharedKernel;
using Marketplace.SharedKernel.Text;
using Marketplace.SharedKernel.Web;
using Marketplace.Web.Infrastructure.Files;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Mail;
using Marketplace.Web.Infrastructure.Notices;
using Marketplace.Web.Infrastructure.PageCache;
using Marketplace.Web.Infrastructure.Problems;
using Marketplace.Web.Infrastructure.Security;
using Marketplace.Web.Infrastructure.SharedState;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Marketplace.Web.Infrastructure;

internal static class WebSetup
{
    public static IServiceCollection AddMarketplaceWeb(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddPublicAddress(configuration, environment);
        // Pages live in their modules beside their features (/Features/PlaceOrder/Checkout.cshtml),
        // each with an absolute route (@page "/orders/checkout") and saying who may open it; the
        // host keeps only /Pages (account, errors) and the layout its modules' pages share.
        services.AddRazorPages(options => options.RootDirectory = "/")
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedText)));
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        services.AddSingleton<IConfigureOptions<MvcOptions>, InvariantFormValues>();
        services.AddScoped<DisplayCurrency>();
        services.Configure<MvcOptions>(options => options.Filters.Add<DisplayCurrencyFilter>());
        // Validation is the server's (FluentValidation in each command): no jQuery client scripts, so
        // no data-val attributes and no hidden placeholder <li style="display:none"> in "All"
        // summaries, an inline style the pages' Content-Security-Policy refuses.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcViewOptions>(options => options.HtmlHelperOptions.ClientValidationEnabled = false);
        // With the root at "/", the layout and the host's shared tabs are found here by name.
        services.Configure<Microsoft.AspNetCore.Mvc.Razor.RazorViewEngineOptions>(options => options.PageViewLocationFormats.Add("/Pages/Shared/{0}.cshtml"));

        // Vietnamese text is written as it is, not as &#x...; entities (Razor's default for non-Latin).
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "htx.antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Enums travel by name ("Approve", "VietGap"): what a buyer's system can read and write without our source.
        // A body without a field its record requires (non-nullable, no default) is a 400 naming the
        // field, never a silent 0: a misspelled "feeVnd" once set a delivery fee to nothing.
        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            options.SerializerOptions.RespectRequiredConstructorParameters = true;
        });

        // A body or parameter that cannot be bound reaches ProblemExceptionHandler, which says why.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemLocalization.Localize);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.AddOpenApi(options => options.AddSchemaTransformer((schema, context, _) =>
        {
            // A typed id is written as the Guid it wraps; say so, instead of an empty schema.
            var type = context.JsonTypeInfo.Type;
            if (TypedIds.All.Contains(Nullable.GetUnderlyingType(type) ?? type))
            {
                schema.Type = Nullable.GetUnderlyingType(type) is null ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                schema.Format = "uuid";
            }

            return Task.CompletedTask;
        }));
        services.AddTrustedProxies(configuration);
        services.AddSharedState(configuration);
        services.AddShopPageCache();
        services.AddSafeCompression();
        services.AddMarketplaceRateLimits(configuration);
        services.AddMail(configuration, environment);
        services.AddNoticeChannels(configuration);
        services.AddFileStorage(configuration);
        services.AddScoped<UnitLabels>();
        return services;
    }

    public static WebApplication UseMarketplaceWeb(this WebApplication app)
    {
        // First: everything after it sees the client's address and scheme, not the proxy's.
        app.UseForwardedHeaders();

        // /api failures become problem details (ProblemExceptionHandler); pages re-execute /error,
        // with a 4xx status when the request itself was at fault.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = exception => BadInput.StatusCode(exception)
                ?? exception switch
                {
                    Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException => StatusCodes.Status409Conflict,
                    StackExchange.Redis.RedisException => StatusCodes.Status503ServiceUnavailable,
                    _ => StatusCodes.Status500InternalServerError,
                },

            // The caller's mistakes are answered, not logged as the server's failures.
            SuppressDiagnosticsCallback = context => BadInput.StatusCode(context.Exception) is not null,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        app.UseRequestLocalization();
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseRequestGuard();
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Every page names its scripts and styles with their content's hash (asp-append-version,
            // "?v="): such an address never changes content, so browsers and proxies keep it a year;
            // but only when this instance's file has that hash. In a rolling deploy, a page from a
            // new instance may ask an old one for its new script: the old file must not be kept a
            // year under the new address.
            OnPrepareResponse = file =>
            {
                var request = file.Context.Request;
                if (request.Query.TryGetValue("v", out var asked)
                    && file.Context.RequestServices.GetRequiredService<IFileVersionProvider>()
                        .AddFileVersionToPath(request.PathBase, request.Path.Value!)
                        .EndsWith("?v=" + asked, StringComparison.Ordinal))
                {
                    file.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
                }
            },
        });
        app.UseRouting();
        app.UseAuthentication();

        // After authentication: a signed-in person's limits are their own, not their address's.
        app.UseRateLimiter();
        app.UseAuthorization();

        // After authentication and the language: the shopper pages' cache keys by language and
        // leaves out whoever is signed in (ShopPagePolicy).
        app.UseOutputCache();
        return app;
    }

    public static WebApplication MapMarketplacePages(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapFormTokens();
        app.MapOpenApi();
        app.MapScalarApiReference(options => options.WithTitle("Chợ HTX API"));
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}
