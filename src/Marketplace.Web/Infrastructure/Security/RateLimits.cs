using System.Threading.RateLimiting;

namespace Marketplace.Web.Infrastructure.Security;

internal static class RateLimits
{
    public const string SignIn = "sign-in";

    /// <summary>
    /// Sign-in attempts per client address and minute ("RateLimiting:SignInPerMinute"), on top
    /// of Identity's per-account lockout: this one slows down guessing across many accounts.
    /// </summary>
    public static IServiceCollection AddMarketplaceRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimiting:SignInPerMinute", 30);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignIn, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
