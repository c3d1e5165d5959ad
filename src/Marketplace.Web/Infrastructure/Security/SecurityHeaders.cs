namespace Marketplace.Web.Infrastructure.Security;

internal static class SecurityHeaders
{
    /// <summary>
    /// Headers every answer carries. Pages load nothing from other origins, with two exceptions
    /// that get their own policies: the API reference page (Scalar), and the card payment page,
    /// which loads Stripe's script and card frames from Stripe, as Stripe requires (their list), and
    /// whose MoMo button's form is answered by a redirect to MoMo's page (form-action covers redirects).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var momo = WalletOrigin(app.ApplicationServices.GetRequiredService<IConfiguration>());
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            var path = context.Request.Path;
            var cardPayment = path.StartsWithSegments("/orders") && path.Value!.EndsWith("/pay", StringComparison.Ordinal);
            headers["Permissions-Policy"] = cardPayment
                ? "camera=(), microphone=(), geolocation=(), payment=(self \"https://js.stripe.com\")"
                : "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers.ContentSecurityPolicy = path.StartsWithSegments("/scalar")
                ? "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                    + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'"
                : cardPayment
                    ? "default-src 'self'; img-src 'self' data: https://*.stripe.com; style-src 'self' 'unsafe-inline'; "
                        + "script-src 'self' https://js.stripe.com; frame-src https://js.stripe.com https://hooks.stripe.com; "
                        + $"connect-src 'self' https://api.stripe.com; form-action 'self'{momo}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
                    : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
            await next(context);
        });
    }

    private static readonly string[] MoMoKeys = ["MoMo:PartnerCode", "MoMo:AccessKey", "MoMo:SecretKey"];

    /// <summary>" " and MoMo's origin when MoMo is configured (its payment page is on its gateway's host), else nothing.</summary>
    private static string WalletOrigin(IConfiguration configuration) =>
        MoMoKeys.Any(key => string.IsNullOrWhiteSpace(configuration[key]))
            ? string.Empty
            : " " + new Uri(configuration["MoMo:Endpoint"] is { Length: > 0 } endpoint ? endpoint : "https://payment.momo.vn")
                .GetLeftPart(UriPartial.Authority);
}
