namespace Marketplace.Web.Infrastructure.Security;

internal static class SecurityHeaders
{
    /// <summary>
    /// Headers every answer carries. Pages load nothing from other origins, with two exceptions
    /// that get their own policies: the API reference page (Scalar), and the card payment page,
    /// which loads Stripe's script and card frames from Stripe, as Stripe requires (their list), and
    /// whose wallet button's form is answered by a redirect to the wallet's page (form-action covers redirects).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var wallets = WalletOrigins(app.ApplicationServices.GetRequiredService<IConfiguration>());
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
                        + $"connect-src 'self' https://api.stripe.com; form-action 'self'{wallets}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
                    : "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
            await next(context);
        });
    }

    /// <summary>
    /// The keys without which a wallet is off, and the setting (with its default) of the origin its
    /// payment page is on: MoMo's is its gateway's host; ZaloPay's and VNPay's are hosts of their own.
    /// </summary>
    private static readonly (string[] Keys, string PageSetting, string DefaultPage)[] Wallets =
    [
        (["MoMo:PartnerCode", "MoMo:AccessKey", "MoMo:SecretKey"], "MoMo:Endpoint", "https://payment.momo.vn"),
        (["ZaloPay:AppId", "ZaloPay:Key1", "ZaloPay:Key2"], "ZaloPay:PageOrigin", "https://gateway.zalopay.vn"),
        (["VnPay:TmnCode", "VnPay:HashSecret"], "VnPay:PayUrl", "https://pay.vnpay.vn/vpcpay.html"),
    ];

    /// <summary>The origins of the configured wallets' payment pages, each after a space; nothing when none is.</summary>
    private static string WalletOrigins(IConfiguration configuration) => string.Concat(Wallets
        .Where(wallet => wallet.Keys.All(key => !string.IsNullOrWhiteSpace(configuration[key])))
        .Select(wallet => " " + new Uri(configuration[wallet.PageSetting] is { Length: > 0 } page ? page : wallet.DefaultPage)
            .GetLeftPart(UriPartial.Authority))
        .Distinct());
}
